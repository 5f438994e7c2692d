using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Puts what a speech recognizer writes back into the form people type, so a spoken question (the
/// phone line, a voice message, a phone's dictation) routes like a typed one: numbers said as words
/// ("two eighty seven g", "dos ochenta y siete ge", "twenty twenty") become digits ("287(g)", "2020"),
/// letters said one by one ("d m v", "i c e") become the acronym, and the name ICE misheard as
/// "eyes" (English) or written as it sounds in Spanish ("ais") becomes ICE.
/// </summary>
/// <remarks>
/// Only number words that make a number of at least 100 are turned into digits (a number said in
/// groups, "two eighty seven", "nineteen ninety six", or with "hundred", "mil"…): "two ICE agents"
/// and "tres cuartas partes" stay words, as the cards and the paper write them. A lone "eyes" after
/// a possessive or an article ("my eyes", "the eyes of") is left alone.
/// </remarks>
public static partial class SpokenForms
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["oh"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["cero"] = 0, ["uno"] = 1, ["un"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4,
        ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9,
    };

    private static readonly Dictionary<string, int> Teens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["diez"] = 10, ["once"] = 11, ["doce"] = 12, ["trece"] = 13,
        ["catorce"] = 14, ["quince"] = 15, ["dieciseis"] = 16, ["dieciséis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18,
        ["diecinueve"] = 19, ["veinte"] = 20, ["veintiuno"] = 21, ["veintidos"] = 22, ["veintidós"] = 22, ["veintitres"] = 23,
        ["veintitrés"] = 23, ["veinticuatro"] = 24, ["veinticinco"] = 25, ["veintiseis"] = 26, ["veintiséis"] = 26,
        ["veintisiete"] = 27, ["veintiocho"] = 28, ["veintinueve"] = 29,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["treinta"] = 30, ["cuarenta"] = 40, ["cincuenta"] = 50, ["sesenta"] = 60, ["setenta"] = 70,
        ["ochenta"] = 80, ["noventa"] = 90,
    };

    private static readonly Dictionary<string, int> Hundreds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cien"] = 100, ["ciento"] = 100, ["doscientos"] = 200, ["doscientas"] = 200, ["trescientos"] = 300, ["trescientas"] = 300,
        ["cuatrocientos"] = 400, ["cuatrocientas"] = 400, ["quinientos"] = 500, ["quinientas"] = 500, ["seiscientos"] = 600,
        ["seiscientas"] = 600, ["setecientos"] = 700, ["setecientas"] = 700, ["ochocientos"] = 800, ["ochocientas"] = 800,
        ["novecientos"] = 900, ["novecientas"] = 900,
    };

    /// <summary>Words after which "eyes" is the body part, not the agency.</summary>
    private static readonly HashSet<string> EyesOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "my", "your", "his", "her", "their", "our", "its", "the", "own", "whose", "blue", "brown", "green", "both", "close", "closed", "open",
    };

    /// <summary>The question with spoken numbers, spelled-out letters and the misheard name of ICE in their typed form.</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }
        var result = SpelledLetters().Replace(text, m => string.Concat(m.Groups["letter"].Captures.Select(c => c.Value)).ToUpperInvariant());
        result = Numbers(result);
        result = SectionG().Replace(result, "287(g)");
        result = Eyes().Replace(result, m => EyesOwners.Contains(m.Groups["before"].Value) ? m.Value : m.Groups["lead"].Value + "ICE");
        return result;
    }

    /// <summary>Runs of number words that make a number of 100 or more, as digits.</summary>
    private static string Numbers(string text)
    {
        var words = Word().Matches(text).ToList();
        if (!words.Any(w => IsNumberWord(w.Value)))
        {
            return text;
        }
        var output = new System.Text.StringBuilder();
        var last = 0;
        for (var i = 0; i < words.Count;)
        {
            if (ReadNumber(words, i, text) is { } number && number.Value >= 100)
            {
                output.Append(text, last, words[i].Index - last).Append(number.Value.ToString(CultureInfo.InvariantCulture));
                last = words[number.End - 1].Index + words[number.End - 1].Length;
                i = number.End;
            }
            else
            {
                i++;
            }
        }
        return output.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>
    /// The number said from word <paramref name="start"/> on: groups below 100 ("two", "eighty
    /// seven", "ochenta y siete") read one after another as digits ("two eighty seven" = 287,
    /// "twenty twenty" = 2020), or a number with hundreds and thousands ("two thousand seventeen",
    /// "doscientos ochenta y siete", "dos mil diecisiete").
    /// </summary>
    private static (long Value, int End)? ReadNumber(List<Match> words, int start, string text)
    {
        var i = start;
        if (ReadCardinal(words, ref i, text) is not { } first)
        {
            return null;
        }
        var digits = first.ToString(CultureInfo.InvariantCulture);
        var end = i;
        // Said in groups: each further group must be two digits ("eighty seven", "twenty"), as in years and "two eighty seven".
        while (first < 100 && i < words.Count && Adjacent(words[i - 1], words[i], text))
        {
            var j = i;
            if (ReadCardinal(words, ref j, text) is not { } next || next < 10 || next > 99)
            {
                break;
            }
            digits += next.ToString(CultureInfo.InvariantCulture);
            i = end = j;
        }
        return digits.Length > 9 ? null : (long.Parse(digits, CultureInfo.InvariantCulture), end);
    }

    /// <summary>One number said the usual way, with "hundred", "thousand", "mil", "-cientos"; null when word <paramref name="i"/> is none.</summary>
    private static long? ReadCardinal(List<Match> words, ref int i, string text)
    {
        long total = 0;
        long group = 0;
        var any = false;
        while (i < words.Count && (!any || Adjacent(words[i - 1], words[i], text)))
        {
            var word = words[i].Value;
            if (Hundreds.TryGetValue(word, out var hundreds))
            {
                // "ciento" is said only before another number ("ciento veinte"); "por ciento" is "percent".
                if (word.Equals("ciento", StringComparison.OrdinalIgnoreCase)
                    && (i + 1 >= words.Count || !IsNumberWord(words[i + 1].Value) || IsScale(words[i + 1].Value)))
                {
                    break;
                }
                group += hundreds;
            }
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && any)
            {
                group = (group == 0 ? 1 : group) * 100;
            }
            else if ((word.Equals("thousand", StringComparison.OrdinalIgnoreCase) || word.Equals("mil", StringComparison.OrdinalIgnoreCase)) && (any || word.Equals("mil", StringComparison.OrdinalIgnoreCase)))
            {
                total += (group == 0 ? 1 : group) * 1000;
                group = 0;
            }
            else if (Tens.TryGetValue(word, out var tens) && group % 100 == 0)
            {
                group += tens;
                // "eighty seven", "eighty-seven", "ochenta y siete"
                if (i + 1 < words.Count && Adjacent(words[i], words[i + 1], text) && Units.TryGetValue(words[i + 1].Value, out var unit) && unit > 0)
                {
                    group += unit;
                    i++;
                }
                else if (i + 2 < words.Count && words[i + 1].Value.Equals("y", StringComparison.OrdinalIgnoreCase)
                    && Units.TryGetValue(words[i + 2].Value, out var yUnit) && yUnit > 0)
                {
                    group += yUnit;
                    i += 2;
                }
            }
            else if (Teens.TryGetValue(word, out var teen) && group % 100 == 0)
            {
                group += teen;
            }
            else if (Units.TryGetValue(word, out var single) && group % 100 == 0 && !(any && IsArticle(word)))
            {
                group += single;
            }
            else
            {
                break;
            }
            any = true;
            i++;
            // After a whole group below 100, another group starts a new number ("two" | "eighty seven").
            if (total == 0 && group is > 0 and < 100 && i < words.Count && !IsScale(words[i].Value))
            {
                break;
            }
        }
        return any ? total + group : null;
    }

    private static bool IsArticle(string word) => word.Equals("un", StringComparison.OrdinalIgnoreCase) || word.Equals("una", StringComparison.OrdinalIgnoreCase);

    private static bool IsScale(string word) =>
        word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase)
        || word.Equals("mil", StringComparison.OrdinalIgnoreCase);

    private static bool IsNumberWord(string word) =>
        Units.ContainsKey(word) || Teens.ContainsKey(word) || Tens.ContainsKey(word) || Hundreds.ContainsKey(word) || IsScale(word);

    /// <summary>Two words with only spaces or a hyphen between them (a comma or full stop ends a number).</summary>
    private static bool Adjacent(Match a, Match b, string text)
    {
        var between = text.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length);
        foreach (var c in between)
        {
            if (c is not (' ' or '-' or '\t'))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>"287 g", "287 ge", "287 gee", "287 je", "287-g": the section's letter said or typed apart.</summary>
    [GeneratedRegex(@"\b287[\s-]*(?:g|ge|gee|je|ji)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionG();

    /// <summary>Three or more single letters said one by one ("d m v", "i. c. e.", "p e p").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<letter>\p{L})\.?[ \t]+){2,}(?<letter>\p{L})\.?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledLetters();

    /// <summary>"eyes" (and "ais", as ICE sounds in Spanish) standing alone, with the word before it.</summary>
    [GeneratedRegex(@"(?<lead>(?:\b(?<before>\p{L}+)\W+)?)\b(?:eyes|ais)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Eyes();
}
