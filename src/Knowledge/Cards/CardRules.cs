using System.Globalization;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// Every rule a card's text is held to, in one place, so that <c>index build</c> and
/// <c>cards import</c> judge a card the same way: the English answer at grade 6 or below and at
/// most 90 words, the summaries (<see cref="CardSummaryRules"/>), the Spanish answer
/// (<see cref="SpanishAnswerRules"/>), citations that exist and the footnote sources behind the
/// evidence (<see cref="FootnoteCitationRules"/>), and evidence quotes that are the paper's own words.
/// </summary>
public static class CardRules
{
    /// <summary>Every rule <paramref name="card"/> breaks, each a short line starting with the field it is about.</summary>
    public static IReadOnlyList<string> Problems(AnswerCard card, Paper paper, SourceManifest manifest)
    {
        var problems = new List<string>();
        var plain = ReadingGrade.PlainText(card.Answer);
        if (ReadingGrade.FleschKincaid(plain) is var grade and > ReadingGrade.TargetGrade)
        {
            problems.Add($"answer: reading grade {grade.ToString("0.0", CultureInfo.InvariantCulture)}, over {ReadingGrade.TargetGrade}");
        }
        if (ReadingGrade.CountWords(plain) is var words and > ReadingGrade.MaxCardWords)
        {
            problems.Add($"answer: {words} words, over {ReadingGrade.MaxCardWords}");
        }
        problems.AddRange(CardSummaryRules.Problems(card));
        problems.AddRange(SpanishAnswerRules.Problems(card));
        foreach (var id in card.Citations.Where(id => !manifest.TryGet(id, out _)))
        {
            problems.Add($"citations: '{id}' is not in sources.json");
        }
        foreach (var text in new[] { card.Answer, card.AnswerEs }.OfType<string>())
        {
            foreach (var number in CitationMarkers.Numbers(text).Where(n => n < 1 || n > card.Citations.Count))
            {
                problems.Add($"{(text == card.Answer ? "answer" : "answerEs")}: [{number}] is not one of the card's {card.Citations.Count} citations");
            }
        }
        foreach (var quote in card.Evidence.Where(q => !InPaper(q, paper)))
        {
            problems.Add($"evidence: not the paper's words: \"{quote}\"");
        }
        problems.AddRange(FootnoteCitationRules.Problems(card, paper, manifest));
        return problems;
    }

    private static bool InPaper(string quote, Paper paper) =>
        paper.Passages.Any(p => p.Text.Contains(quote, StringComparison.Ordinal))
        || paper.Footnotes.Values.Any(f => f.Text.Contains(quote, StringComparison.Ordinal));
}
