using System.Text;

namespace KnowYourRights.TestSupport.Architecture;

/// <summary>
/// C# source with its comments and string and character literals blanked out, so that only
/// code is searched for names: a comment or a message that mentions a higher layer is not a
/// dependency on it.
/// </summary>
public static class CodeText
{
    public static string Of(string source)
    {
        var code = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var end = EndOfNonCode(source, i);
            if (end == i)
            {
                code.Append(source[i]);
                i++;
                continue;
            }
            // Keep line breaks so positions stay readable; everything else becomes a space.
            foreach (var c in source.AsSpan(i, end - i))
            {
                code.Append(c == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return code.ToString();
    }

    /// <summary>Where the comment or literal starting at <paramref name="i"/> ends, or <paramref name="i"/> when none starts there.</summary>
    private static int EndOfNonCode(string s, int i)
    {
        if (Starts(s, i, "//"))
        {
            var end = s.IndexOf('\n', i);
            return end < 0 ? s.Length : end;
        }
        if (Starts(s, i, "/*"))
        {
            var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + 2;
        }
        // Raw string literals ("""…""", also after $ or $$): they end at the same run of quotes.
        var prefix = i;
        while (prefix < s.Length && s[prefix] == '$')
        {
            prefix++;
        }
        if (Starts(s, prefix, "\"\"\""))
        {
            var quotes = 0;
            while (prefix + quotes < s.Length && s[prefix + quotes] == '"')
            {
                quotes++;
            }
            var end = s.IndexOf(new string('"', quotes), prefix + quotes, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + quotes;
        }
        var verbatim = Starts(s, i, "@\"") || Starts(s, i, "$@\"") || Starts(s, i, "@$\"");
        if (verbatim)
        {
            var j = s.IndexOf('"', i) + 1;
            while (j < s.Length)
            {
                if (s[j] == '"' && !Starts(s, j, "\"\""))
                {
                    return j + 1;
                }
                j += s[j] == '"' ? 2 : 1;
            }
            return s.Length;
        }
        if (Starts(s, i, "\"") || Starts(s, i, "$\"") || (s[i] == '\'' && !IsIdentifierChar(s, i - 1)))
        {
            var quote = s[i] == '\'' ? '\'' : '"';
            var j = s.IndexOf(quote, i) + 1;
            while (j < s.Length && s[j] != quote && s[j] != '\n')
            {
                j += s[j] == '\\' ? 2 : 1;
            }
            return Math.Min(s.Length, j + 1);
        }
        return i;
    }

    private static bool Starts(string s, int i, string text) => i < s.Length && string.CompareOrdinal(s, i, text, 0, text.Length) == 0;

    private static bool IsIdentifierChar(string s, int i) => i >= 0 && (char.IsLetterOrDigit(s[i]) || s[i] == '_');
}
