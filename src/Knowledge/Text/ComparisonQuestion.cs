using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Reads the two subjects a question compares ("what's the difference between 287(g) and Secure
/// Communities?", "CAP vs 287g", "¿cuál es la diferencia entre…y…?"). Retrieval ranks cards by
/// what they share with the whole question, so a comparison of two programs lands on a third card
/// that names both (the PEP card names Secure Communities and CAP) or on one of the two; when no
/// card is clearly about the comparison itself, each subject is answered (see
/// <c>AnswerService</c>). Deterministic patterns, no model.
/// </summary>
public static partial class ComparisonQuestion
{
    /// <summary>The most words a subject may have: a comparison names two things, not two stories.</summary>
    private const int MaxSubjectWords = 8;

    /// <summary>The two subjects compared, as written, or null when <paramref name="question"/> compares nothing.</summary>
    public static (string First, string Second)? Subjects(string question)
    {
        foreach (var pattern in new[] { Between(), DifferentFrom(), Versus() })
        {
            var match = pattern.Match(question);
            if (!match.Success)
            {
                continue;
            }
            var first = Clean(match.Groups["a"].Value);
            var second = Clean(match.Groups["b"].Value);
            if (first.Length > 0 && second.Length > 0 && Words(first) <= MaxSubjectWords && Words(second) <= MaxSubjectWords
                && !first.Equals(second, StringComparison.OrdinalIgnoreCase))
            {
                return (first, second);
            }
        }
        return null;
    }

    private static string Clean(string subject) => Article().Replace(subject.Trim().Trim(',', ';', ':', '"', '\''), string.Empty).Trim();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>"the difference between A and B", "la diferencia entre A y B", "compare A and/with/to B".</summary>
    [GeneratedRegex(
        @"\b(?:differen(?:ce|ces|t)\s+between|compare|comparing|diferencias?\s+(?:hay\s+)?entre|comparar)\s+(?<a>[^?.!,;]+?)\s+(?:and|with|to|y|e|con)\s+(?<b>[^?.!,;]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    /// <summary>"how is A different from B", "¿en qué es A diferente de B?".</summary>
    [GeneratedRegex(
        @"\b(?:how|in\s+what\s+way)\s+(?:is|are)\s+(?<a>[^?.!,;]+?)\s+different\s+(?:from|than)\s+(?<b>[^?.!,;]+)|\b(?<a>[^?.!,;¿]+?)\s+(?:es|son)\s+diferentes?\s+(?:de|a)\s+(?<b>[^?.!,;]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DifferentFrom();

    /// <summary>"A vs B", "A versus B": the subject before is its last few words.</summary>
    [GeneratedRegex(
        @"(?<a>(?:[\w()'’-]+\s+){0,3}[\w()'’-]+)\s+(?:vs\.?|versus)\s+(?<b>[^?.!,;]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Versus();

    /// <summary>A leading article: "the Criminal Alien Program" is searched as "Criminal Alien Program".</summary>
    [GeneratedRegex(@"^(?:the|a|an|el|la|los|las|un|una)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
