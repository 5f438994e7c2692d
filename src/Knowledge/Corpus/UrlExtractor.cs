using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Corpus;

/// <summary>Finds URLs in footnote text, whether bracketed (&lt;https://…&gt;) or bare at a sentence end.</summary>
internal static partial class UrlExtractor
{
    [GeneratedRegex(@"https?://[^\s<>\]\[]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    public static IReadOnlyList<string> Extract(string text) =>
        UrlPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ')', '>')).Distinct().ToList();
}
