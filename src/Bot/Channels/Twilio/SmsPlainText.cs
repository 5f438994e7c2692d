using System.Text;
using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// Plain text for SMS. Typographic characters (curly quotes, dashes, ellipsis, odd spaces) are
/// not in GSM-7, and one of them would switch a whole English message to UCS-2 and more than
/// double its cost, so they become their plain ASCII look-alikes. Markdown emphasis is removed
/// because SMS shows it literally (and Azure's SMS channel mangles <c>*</c>). Letters such as á
/// or í are left alone: changing them would change the words, so a Spanish message is UCS-2.
/// </summary>
public static partial class SmsPlainText
{
    /// <summary>Paragraphs are separated by a blank line: Azure's SMS channel runs single line breaks together.</summary>
    public const string ParagraphBreak = "\n\n";

    private static readonly Dictionary<char, string> LookAlikes = new()
    {
        ['\u2018'] = "'", ['\u2019'] = "'", ['\u201A'] = "'", ['\u201B'] = "'", ['\u2032'] = "'", ['\u00B4'] = "'", ['`'] = "'",
        ['\u201C'] = "\"", ['\u201D'] = "\"", ['\u201E'] = "\"", ['\u201F'] = "\"", ['\u2033'] = "\"", ['\u00AB'] = "\"", ['\u00BB'] = "\"",
        ['\u2010'] = "-", ['\u2011'] = "-", ['\u2012'] = "-", ['\u2013'] = "-", ['\u2014'] = "-", ['\u2015'] = "-", ['\u2212'] = "-",
        ['\u2026'] = "...", ['\u2022'] = "-", ['\u00B7'] = "-", ['\u00D7'] = "x",
        ['\u00A0'] = " ", ['\u2002'] = " ", ['\u2003'] = " ", ['\u2009'] = " ", ['\u202F'] = " ", ['\t'] = " ",
        ['\u200B'] = string.Empty, ['\uFEFF'] = string.Empty, ['\r'] = string.Empty,
    };

    [GeneratedRegex(@"(\*\*|__)(?<inner>\S(?:.*?\S)?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])[*_](?<inner>[^\s*_](?:[^*_]*?[^\s*_])?)[*_](?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex Spaces();

    /// <summary>The text with GSM-7 look-alikes for typographic characters and no Markdown emphasis.</summary>
    public static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (LookAlikes.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else if (char.IsControl(c) && c != '\n')
            {
                // Control characters show as nothing useful on a phone and are not allowed in TwiML's XML.
            }
            else
            {
                builder.Append(c);
            }
        }
        var result = Strong().Replace(builder.ToString(), "${inner}");
        result = Emphasis().Replace(result, "${inner}");
        return Spaces().Replace(result, " ");
    }

    /// <summary>Each non-empty line of <paramref name="text"/> as its own paragraph, in plain text.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        Plain(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
