using System.Text;
using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>The extracted-text convention: one block per paragraph, blocks separated by one blank line, no runs of spaces.</summary>
internal static partial class TextBlocks
{
    [GeneratedRegex(@"[ \t\u00A0\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    public static string Join(IEnumerable<string> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks.Select(b => b.Trim()).Where(b => b.Length > 0))
        {
            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(block);
        }
        return Normalize(text.ToString());
    }
}
