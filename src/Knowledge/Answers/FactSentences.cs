using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The sentences of an answer that hold one kind of fact: a number ("151", "three-fourths",
/// "thousands"), a length of time ("48 hours", "how long"), a date ("in May 2019"). A card's text
/// is split with its [n] markers kept on the sentence they close, and a sentence without a marker
/// borrows the next one in its paragraph, so a sentence taken out of the card is still cited.
/// </summary>
internal static partial class FactSentences
{
    /// <summary>The sentences of <paramref name="text"/> in order, each with its citation markers.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = SentenceEnd().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                var sentence = parts[i];
                if (!Marker().IsMatch(sentence) && parts.Skip(i + 1).Select(p => Marker().Match(p)).FirstOrDefault(m => m.Success) is { } next)
                {
                    sentence += " " + next.Value.Trim();
                }
                sentences.Add(sentence);
            }
        }
        return sentences;
    }

    /// <summary>True when <paramref name="sentence"/> holds a fact of <paramref name="kind"/> (only the fact kinds: how many, how long, when).</summary>
    public static bool Holds(string sentence, QuestionKind kind)
    {
        var plain = Marker().Replace(sentence, string.Empty);
        return kind switch
        {
            QuestionKind.HowMany => Count().IsMatch(Year().Replace(NotCounts().Replace(plain, " "), " ")),
            QuestionKind.HowLong => Duration().IsMatch(plain),
            QuestionKind.When => Year().IsMatch(WrittenIn().Replace(plain, " ")) || Month().IsMatch(plain),
            _ => false,
        };
    }

    /// <summary>The latest year <paramref name="sentence"/> names ("as of November 2020"), not counting the paper's own "written in 2020"; 0 for none.</summary>
    public static int LatestYear(string sentence) =>
        Year().Matches(WrittenIn().Replace(sentence, " ")).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    /// <summary>True when a question asks about an earlier time ("and how many before?", "at first", "¿cuántos había antes?").</summary>
    public static bool AsksAboutEarlier(string question) => Earlier().IsMatch(question);

    [GeneratedRegex(@"\b(?:before|earlier|at first|at the start|originally|used to|previously|in the past|back then|antes|al principio|anteriormente|hab[ií]a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Earlier();

    /// <summary>The text without [n] markers, for comparing sentences.</summary>
    public static string WithoutMarkers(string text) => Marker().Replace(text, string.Empty).Trim();

    [GeneratedRegex(@"(?<=[.!?][""”’)]?(?:\s*\[\d+\])*)\s+(?=[\p{Lu}¿¡""“(\d])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:\s*\[\d+\])+")]
    private static partial Regex Marker();

    /// <summary>Numbers that are names, not counts: 287(g), an executive order's number, a "[1]".</summary>
    [GeneratedRegex(@"\b\d+\s*\(g\)|\b287g\b|\b\d{5}\b|\bExecutive Order \d+|\bOrden Ejecutiva \d+|\b(?:4th|9th|7th|1st|2nd|3rd|\d+th)\b|\bCOVID-19\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotCounts();

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(
        @"\b\d[\d,.]*\b|\b(?:thousands?|hundreds?|millions?|dozens?|three-fourths|three fourths|two-thirds|one-third|half|one in (?:two|three|four|five|ten)|uno de cada \w+|percent|most of|tens of|miles|cientos|millones|tres cuartas|la mitad|por ciento|la mayor[ií]a)\b|%",
        RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(
        @"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|un|una|dos|tres|cuatro|cinco|varios|varias)\s+(?:more\s+|extra\s+)?(?:hours?|days?|weeks?|months?|years?|horas?|d[ií]as?|semanas?|meses|mes|a[nñ]os?)\b|\b(?:within|in\s+less\s+than|dentro\s+de|en\s+menos\s+de)\s+(?:a|an|one|un|una)\s+(?:hour|day|week|month|year|hora|d[ií]a|semana|mes|a[nñ]o)\b|\bhow long\b|\btime limit\b|\bcu[aá]nto tiempo\b|\bl[ií]mite de tiempo\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b(?=\s+(?:of\s+|de\s+)?(?:1[89]|20)\d{2})")]
    private static partial Regex Month();

    /// <summary>"The paper, written in 2020, says…": the paper's own date, in nearly every card, is not the date asked about.</summary>
    [GeneratedRegex(@"written in (?:1[89]|20)\d{2}|escrito en (?:1[89]|20)\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenIn();
}
