using System.Globalization;
using System.Text;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// How place names are compared: lower case, accents folded, possessives and punctuation dropped
/// ("St. Lucie County Sheriff's Office" → "st lucie county sheriff office"), and how far apart two
/// spellings may be and still be the same name (a typo: "Mecklenberg", "Gastn").
/// </summary>
public static class PlaceNames
{
    /// <summary>The comparable form of a name or a question.</summary>
    public static string Normalize(string text)
    {
        var folded = Accents.Fold(text.ToLowerInvariant()).Replace('’', '\'');
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == '\'' )
            {
                // "sheriff's" → "sheriff"; "o'brien" → "obrien".
                if (i + 1 < folded.Length && folded[i + 1] == 's' && (i + 2 == folded.Length || !char.IsLetterOrDigit(folded[i + 2])))
                {
                    i++;
                }
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The words of a normalized text.</summary>
    public static string[] Words(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// True when <paramref name="typed"/> is <paramref name="name"/> or a typo of it: each word at
    /// most one edit away (two for words of eight letters or more), words of three letters or fewer
    /// exact, and the first letter right (people rarely miss the first letter of a place).
    /// </summary>
    public static bool SameName(string typed, string name)
    {
        if (string.Equals(typed, name, StringComparison.Ordinal))
        {
            return true;
        }
        var a = Words(typed);
        var b = Words(name);
        if (a.Length != b.Length)
        {
            // "st lucie" / "saint lucie", "mc lennan" / "mclennan": compare without the spaces.
            return Saint(typed) == Saint(name) || (a.Length + b.Length > 2 && WordsClose(Saint(typed).Replace(" ", string.Empty, StringComparison.Ordinal), Saint(name).Replace(" ", string.Empty, StringComparison.Ordinal)));
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!WordsClose(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static string Saint(string name) => (" " + name + " ").Replace(" saint ", " st ", StringComparison.Ordinal).Replace(" ste ", " st ", StringComparison.Ordinal).Trim();

    private static bool WordsClose(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        if (a.Length <= 3 || b.Length <= 3 || a[0] != b[0])
        {
            return false;
        }
        var allowed = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b) <= allowed;
    }

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps: "Gatson" is one edit from "Gaston").</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>A name in title case for a reply ("st lucie" → "St Lucie"); the list's own spelling is preferred where there is one.</summary>
    public static string Title(string normalized) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(normalized);
}
