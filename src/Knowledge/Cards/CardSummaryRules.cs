using System.Globalization;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// What a card's summaries must be, so that an SMS says the main thing in its first message:
/// present (the Spanish one whenever the card has a Spanish answer), one SMS segment in its own
/// encoding (at most <see cref="MaxGsm7Length"/> GSM-7 septets, which leaves room for a short
/// "Reply MORE" hint; a Spanish summary with á, í, ó or ú is UCS-2 and gets 70), cited with
/// markers the card's citations have, and at reading grade 6 or below: Flesch-Kincaid for the
/// English one, Crawford's Spanish formula for the Spanish one (Flesch-Kincaid counts English
/// syllables; by Crawford's formula every Spanish answer reads at grade 6 or below too).
/// </summary>
internal static class CardSummaryRules
{
    /// <summary>Septets a GSM-7 summary may cost (a segment holds 160; a marker such as [1] costs five).</summary>
    public const int MaxGsm7Length = 150;

    /// <summary>Every rule the card's summaries break, each said in a short line; empty when they pass.</summary>
    public static IReadOnlyList<string> Problems(AnswerCard card)
    {
        var problems = new List<string>();
        Check(card.Summary, "summary", card, problems, ReadingGrade.FleschKincaid);
        if (card.AnswerEs is not null || card.SummaryEs is not null)
        {
            Check(card.SummaryEs, "summaryEs", card, problems, ReadingGrade.Crawford);
        }
        return problems;
    }

    /// <summary>True when <paramref name="summary"/> fits one segment of its encoding, within <see cref="MaxGsm7Length"/> in GSM-7.</summary>
    public static bool FitsOneSegment(string summary) =>
        SmsSegments.EncodingOf(summary) == SmsEncoding.Gsm7
            ? SmsSegments.Length(summary) <= MaxGsm7Length
            : SmsSegments.Count(summary) == 1;

    private static void Check(string? summary, string name, AnswerCard card, List<string> problems, Func<string, double> grade)
    {
        if (summary is null)
        {
            problems.Add($"{name}: missing");
            return;
        }
        if (!FitsOneSegment(summary))
        {
            var encoding = SmsSegments.EncodingOf(summary);
            var limit = encoding == SmsEncoding.Gsm7 ? MaxGsm7Length : SmsSegments.Ucs2Single;
            problems.Add($"{name}: {SmsSegments.Length(summary)} {encoding} characters, over one segment ({limit})");
        }
        var numbers = CitationMarkers.Numbers(summary);
        if (numbers.Count == 0)
        {
            problems.Add($"{name}: cites nothing (add an [n] marker)");
        }
        foreach (var number in numbers.Where(n => n < 1 || n > card.Citations.Count))
        {
            problems.Add($"{name}: [{number}] is not one of the card's {card.Citations.Count} citations");
        }
        if (grade(ReadingGrade.PlainText(summary)) is var level and > ReadingGrade.TargetGrade)
        {
            problems.Add($"{name}: reading grade {level.ToString("0.0", CultureInfo.InvariantCulture)}, over {ReadingGrade.TargetGrade}");
        }
    }
}
