using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Written abbreviations as a person says them: "U.S." is "U S", "EE. UU." is "Estados Unidos",
/// "e.g." is "for example", "v." in a case name is "versus" (Spanish "contra"). Run before the
/// citation markers are removed: a marker after an abbreviation's period ("in the U.S. [2] In a
/// democracy") is what tells that the period also ends the sentence, so the expansion keeps it.
/// </summary>
internal static partial class SpokenAbbreviations
{
    private sealed record Abbreviation(Regex Written, string English, string Spanish);

    // An abbreviation's period also ends the sentence when only markers and the end of the line
    // follow, or markers and then a capital (the cards put markers after a sentence's end).
    private const string End = @"(?<end>(?:\s*\[\d+\])*\s*$|(?:\s*\[\d+\])+(?=\s+[\p{Lu}¿¡]))?";

    // "EE. UU." never comes before a name the way "U.S." does ("U.S. Constitution"): a capital after it starts a sentence.
    private const string EndOrCapital = @"(?<end>(?:\s*\[\d+\])*\s*$|(?:\s*\[\d+\])*(?=\s+[\p{Lu}¿¡]))?";

    private static readonly Abbreviation[] All =
    [
        Of(@"(?<![\p{L}.])U\.\s?S\.\s?A\." + End, "U S A", "Estados Unidos"),
        Of(@"(?<![\p{L}.])EE\.\s?UU\." + EndOrCapital, "the United States", "Estados Unidos"),
        Of(@"(?<![\p{L}.])U\.\s?S\." + End, "U S", "U S"),
        Of(@"(?<![\p{L}.])e\.\s?g\.,?" + End, "for example,", "por ejemplo,"),
        Of(@"(?<![\p{L}.])p\.\s?ej\.,?" + End, "for example,", "por ejemplo,"),
        Of(@"(?<![\p{L}.])i\.\s?e\.,?" + End, "that is,", "es decir,"),
        Of(@"(?<![\p{L}.])etc\." + End, "and so on", "etcétera"),
        Of(@"(?<![\p{L}.])(?:approx|aprox)\." + End, "about", "aproximadamente"),
        Of(@"(?<![\p{L}.])a\.\s?m\." + End, "A M", "A M"),
        Of(@"(?<![\p{L}.])p\.\s?m\." + End, "P M", "P M"),
        Of(@"(?<![\p{L}.])(?:No|Núm|núm|no)\.\s?(?=\d)", "number ", "número "),
        Of(@"(?<=[\p{Lu}][\p{L}.']*\s)(?:v|vs)\.?(?=\s+[\p{Lu}])", "versus", "contra"),
        Of(@"(?<![\p{L}.])Fed\.\s?Reg\." + End, "Federal Register", "Federal Register"),
        Of(@"(?<![\p{L}.])Dept\.", "Department", "Departamento"),
        Of(@"(?<![\p{L}.])Nat'l(?![\p{L}])", "National", "Nacional"),
        Of(@"(?<![\p{L}.])Gov\.(?=\s+[\p{Lu}])", "Governor", "gobernador"),
        Of(@"(?<![\p{L}.])Sen\.(?=\s+[\p{Lu}])", "Senator", "senador"),
        Of(@"(?<![\p{L}.])Rep\.(?=\s+[\p{Lu}])", "Representative", "representante"),
    ];

    public static string Expand(string text, bool spanish)
    {
        foreach (var abbreviation in All)
        {
            var said = spanish ? abbreviation.Spanish : abbreviation.English;
            text = abbreviation.Written.Replace(text, m =>
            {
                var end = m.Groups["end"];
                return end.Success ? said.TrimEnd(',') + "." + end.Value : said;
            });
        }
        return text;
    }

    private static Abbreviation Of(string pattern, string english, string spanish) =>
        new(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), english, spanish);
}
