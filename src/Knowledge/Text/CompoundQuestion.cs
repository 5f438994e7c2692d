using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Splits one sentence that asks two things joined by "and" ("what was PEP, and why does the paper
/// say it was not a fix?", "¿qué es el 287(g) y cuántos hay?"): the second half starts with an
/// asking word of its own. The second half usually leans on the first ("it", "they"), so it is
/// answered as a follow-up of the first (see <c>AnswerService</c>). Deterministic, no model.
/// </summary>
public static partial class CompoundQuestion
{
    /// <summary>The two halves, or null when the sentence asks one thing ("can ICE and the police share my data?").</summary>
    public static (string First, string Second)? Halves(string question)
    {
        var match = Joined().Match(question.Trim());
        if (!match.Success)
        {
            return null;
        }
        var first = match.Groups["a"].Value.Trim().TrimEnd(',', ';');
        var second = match.Groups["b"].Value.Trim();
        return AsksSomething().IsMatch(first) ? (first, second) : null;
    }

    /// <summary>"A, and why/how many/when … B": the second half starts with an asking word.</summary>
    [GeneratedRegex(
        @"^(?<a>[^?]{8,}?)(?:[,;]\s*|\s+)(?:and|y|e|pero|but)\s+(?<b>(?:why|how\s+(?:many|much|long|come)|when|who|what|where|which|is\s+(?:it|that|this)|are\s+they|can\s+(?:they|it|ice|the)|does\s+(?:it|that|the)|did\s+(?:it|they|the)|por\s*qu[eé]|cu[aá]nt[oa]s?|cu[aá]ndo|qui[eé]n(?:es)?|qu[eé]|c[oó]mo|d[oó]nde|es\s+(?:legal|eso)|pueden)\b[^?]{4,}\??)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    /// <summary>The first half asks too: it opens with an asking word ("what was PEP"), not a story ("my son was arrested").</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:ok|so|and|pls|please|hi|hey)\W+)*(?:what|why|how|when|who|where|which|is|are|can|could|does|do|did|will|would|should|tell\s+me|explain|qu[eé]|por\s*qu[eé]|c[oó]mo|cu[aá]n|qui[eé]n|d[oó]nde|es|son|puede|pueden|me\s+explica)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksSomething();
}
