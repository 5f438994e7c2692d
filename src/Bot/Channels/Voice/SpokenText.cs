using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Text made for listening. A speech engine reads what it is given: "[1]" becomes "one", a link
/// is spelled out letter by letter, "287(g)" comes out as "two hundred eighty-seven open
/// parenthesis g", and a long sentence loses a caller who is scared or does not speak the
/// language well. So the text loses its citation markers, links, Markdown, bullets, quotes and
/// brackets (a bracketed aside becomes a clause between commas); "287(g)" in every form the texts
/// write it is said the way people say it; abbreviations are expanded the way a person says them
/// (ICE stays a word, DHS is spelled "D H S", e.g. is "for example"); ISO dates are said as dates;
/// symbols become words ("percent", "por ciento"); and sentences over
/// <see cref="MaxSentenceWords"/> words are split where a clause ends.
/// </summary>
/// <remarks>
/// What is left is letters, digits, spaces and <c>. , ? ! ' - : ; ¿ ¡</c>: the characters every
/// engine reads as prose or as a pause (<see cref="IsSpeakable"/>).
/// </remarks>
public static partial class SpokenText
{
    /// <summary>The longest sentence, in words, that <see cref="ForEar"/> leaves unsplit where it can split it.</summary>
    public const int MaxSentenceWords = 20;

    /// <summary>Punctuation the output may hold besides letters, digits and spaces.</summary>
    public const string SpeakablePunctuation = ".,?!'-:;¿¡";

    /// <summary>Acronyms people say as a word, not letter by letter.</summary>
    private static readonly HashSet<string> SaidAsWords = new(StringComparer.Ordinal)
    {
        "ICE", "COVID", "DACA", "TRAC", "TIME", "NAFTA", "NASA", "FEMA", "HUD", "OK",
    };

    /// <summary>Acronyms said as a word but written in capitals that some engines spell out.</summary>
    private static readonly Dictionary<string, string> WordForms = new(StringComparer.Ordinal)
    {
        ["JAG"] = "Jag", ["POLITICO"] = "Politico",
    };

    [GeneratedRegex(@"(?:https?:|www\.)\S*|\b[\w.-]+@[\w-]+\.[\w.]+\b|\b[\w-]+(?:\.[\w-]+)*\.(?:org|gov|com|net|edu|us|io|info)\b(?:/\S*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s*\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<![\p{L}\d])287\s*(?:\(\s*g\s*\)|-\s*g|g)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Section287g();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|[-*•·]\s+|>\s*)+")]
    private static partial Regex LineLead();

    [GeneratedRegex(@"(\*\*|__|\*|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<=\b\d{4})\s*[–-]\s*(?=\d{2}(?:\d{2})?\b)|(?<=\d)\s*–\s*(?=\d)")]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"\s+[–—-]+\s+|\s*[—–]\s*|\s+-(?=\p{L})|(?<=\p{L})-\s+")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\$\s?(\d[\d,]*(?:\.\d+)?)(\s*(?:million|billion|millones|mil millones))?")]
    private static partial Regex Dollars();

    [GeneratedRegex(@"(?<=\p{L})\s*/\s*(?=\p{L})")]
    private static partial Regex Slash();

    [GeneratedRegex(@"\b(?:and/or|y/o)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AndOr();

    [GeneratedRegex(@"#\s*(?=\d)")]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"\b[A-Z]{2,8}s?\b")]
    private static partial Regex Capitals();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([.,?!:;])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([,;:])(?:\s*[,;:])+")]
    private static partial Regex RepeatedPause();

    [GeneratedRegex(@"[,;:]\s*([.?!])|([.?!¿¡])\s*[,;:]")]
    private static partial Regex PauseAtEnd();

    [GeneratedRegex(@"([.?!])(?:\s*[.])+|[.,;:]+\s*(?=[?!])")]
    private static partial Regex RepeatedStop();

    [GeneratedRegex(@"([¿¡])\s+")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex(@"(?<=[\p{L}\d])([.?!;:,])(?=[\p{L}¿¡])")]
    private static partial Regex NoSpaceAfterPunctuation();

    /// <summary>
    /// <paramref name="text"/> (an answer with [n] markers, a summary, a card's question, a reply
    /// with a list of links) as plain sentences to say in <paramref name="language"/> ("en" or "es").
    /// Empty for empty input.
    /// </summary>
    public static string ForEar(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var spanish = VoiceLanguages.Normalize(language) == Language.Spanish;
        var sentences = Lines(text).Select(line => Line(line, spanish)).Where(l => l.Length > 0);
        var spoken = string.Join(' ', sentences).TrimEnd(':');
        if (spoken.Length > 0 && !".?!".Contains(spoken[^1], StringComparison.Ordinal))
        {
            spoken += ".";
        }
        return string.Join(' ', SpokenSentences.Split(spoken).SelectMany(s => SpokenSentences.Shorten(s, MaxSentenceWords)));
    }

    /// <summary>"287(g)", "287 (g)", "287-g" and "287g" as people say it: "two eighty-seven g", "dos ochenta y siete g".</summary>
    public static string Say287g(string text, string language) =>
        Section287g().Replace(text, VoiceLanguages.Normalize(language) == Language.Spanish ? "dos ochenta y siete g" : "two eighty-seven g");

    /// <summary>True for a character <see cref="ForEar"/> may leave in its output.</summary>
    public static bool IsSpeakable(char c) =>
        char.IsLetter(c) || c is >= '0' and <= '9' || c == ' ' || SpeakablePunctuation.Contains(c, StringComparison.Ordinal);

    /// <summary>The lines of <paramref name="text"/> without Markdown leads (headings, bullets, quotes), links or markers; each ends a sentence.</summary>
    private static IEnumerable<string> Lines(string text)
    {
        foreach (var raw in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = LineLead().Replace(raw, string.Empty);
            var linked = Link().IsMatch(line);
            line = Link().Replace(line, " ").Trim();
            if (linked)
            {
                // "- National Immigration Legal Services Directory: https://…" is a name to say, not a lead-in.
                line = line.TrimEnd(' ', ':', '-', '–', '—', ',');
            }
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    private static string Line(string line, bool spanish)
    {
        var text = Superscripts.Strip(line);
        text = Emphasis().Replace(text, string.Empty);
        text = SpokenAbbreviations.Expand(text, spanish);
        text = Marker().Replace(text, string.Empty);
        text = Say287g(text, spanish ? Language.Spanish : Language.English);
        text = IsoDate().Replace(text, m => AsOfDate.Format(m.Value, spanish ? Language.Spanish : Language.English));
        text = Symbols(text, spanish);
        text = Asides(text);
        text = Keep(text);
        text = Capitals().Replace(text, m => Acronym(m.Value));
        // The steps above join pieces (symbols said, quotes dropped): what then reads as a link goes too.
        text = Tidy(Link().Replace(text, " "));
        if (text.Length > 0 && !".?!:".Contains(text[^1], StringComparison.Ordinal))
        {
            // A line is a sentence; one ending in a colon leads into the lines after it (a list).
            text = text.TrimEnd(',', ';', ':', ' ') + ".";
        }
        return text.Any(char.IsLetterOrDigit) ? text : string.Empty;
    }

    /// <summary>Symbols as the words a person would say for them.</summary>
    private static string Symbols(string text, bool spanish)
    {
        text = Dollars().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + (spanish ? " dólares" : " dollars"));
        text = NumberRange().Replace(text, spanish ? " a " : " to ");
        text = Dash().Replace(text, ", ");
        text = AndOr().Replace(text, spanish ? "y o" : "and or");
        text = Slash().Replace(text, spanish ? " o " : " or ");
        text = NumberSign().Replace(text, spanish ? "número " : "number ");
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '%' => spanish ? " por ciento" : " percent",
                '&' => spanish ? " y " : " and ",
                '§' => spanish ? " sección " : " section ",
                '+' => spanish ? " más " : " plus ",
                '@' => spanish ? " arroba " : " at ",
                '=' => spanish ? " igual a " : " equals ",
                '~' => spanish ? " unos " : " about ",
                '×' => spanish ? " por " : " by ",
                '…' => ", ", // a pause; a full stop could join letters into a link ("www….org" as "www.org")
                '’' or '‘' or '`' or '´' => "'",
                '/' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Capitals spelled letter by letter ("D H S"), unless people say them as a word ("ICE").</summary>
    private static string Acronym(string capitals)
    {
        var plural = capitals.Length > 2 && capitals[^1] == 's';
        var core = plural ? capitals[..^1] : capitals;
        if (SaidAsWords.Contains(core))
        {
            return capitals;
        }
        if (WordForms.TryGetValue(core, out var word))
        {
            return word + (plural ? "s" : string.Empty);
        }
        if (core.Length > 5)
        {
            return capitals;
        }
        return string.Join(' ', core.ToCharArray()) + (plural ? "'s" : string.Empty);
    }

    /// <summary>"X (Y) Z" and "X [Y] Z" become "X, Y, Z": an engine reads brackets as a word or not at all.</summary>
    private static string Asides(string text) =>
        text.Replace("(", ", ", StringComparison.Ordinal).Replace(")", ", ", StringComparison.Ordinal)
            .Replace("[", ", ", StringComparison.Ordinal).Replace("]", ", ", StringComparison.Ordinal)
            .Replace("{", ", ", StringComparison.Ordinal).Replace("}", ", ", StringComparison.Ordinal);

    /// <summary>Quotes and every other symbol an engine would read oddly are dropped (a space keeps the words apart).</summary>
    private static string Keep(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsSpeakable(c) ? c : ' ');
        }
        return builder.ToString();
    }

    private static string Tidy(string text)
    {
        var previous = string.Empty;
        while (previous != text)
        {
            previous = text;
            text = Spaces().Replace(text, " ");
            text = Dash().Replace(text, ", ");
            text = SpaceBeforePunctuation().Replace(text, "$1");
            text = RepeatedPause().Replace(text, "$1");
            text = PauseAtEnd().Replace(text, "$1$2");
            text = RepeatedStop().Replace(text, "$1");
            text = SpaceAfterOpening().Replace(text, "$1");
            text = NoSpaceAfterPunctuation().Replace(text, "$1 ");
            text = text.Trim().TrimStart(',', ';', ':', '.', '!', '?', '-', ' ');
        }
        return text;
    }

    /// <summary>Words as a listener counts them: a spelled acronym ("D H S") is one.</summary>
    internal static int CountWords(string sentence) =>
        SpelledLetters().Replace(sentence, "X").Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"\b(?:\p{Lu} )+\p{Lu}\b")]
    private static partial Regex SpelledLetters();

    internal static string Capitalize(string sentence)
    {
        var index = 0;
        while (index < sentence.Length && sentence[index] is '¿' or '¡')
        {
            index++;
        }
        return index < sentence.Length && char.IsLower(sentence[index])
            ? string.Concat(sentence.AsSpan(0, index), char.ToUpper(sentence[index], CultureInfo.InvariantCulture).ToString(), sentence.AsSpan(index + 1))
            : sentence;
    }
}
