using System.Globalization;
using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// The Spanish answer is held to plain language as the English one is: at most grade
/// <see cref="MaxGrade"/> by Crawford's Spanish formula (<see cref="ReadingGrade.Crawford"/>,
/// made for Spanish texts; Flesch-Kincaid counts English syllables) and no sentence over
/// <see cref="MaxSentenceWords"/> words, since a long sentence is what a reader in a second
/// language loses first, whatever the average says.
/// </summary>
public static partial class SpanishAnswerRules
{
    public const double MaxGrade = 8.0;

    public const int MaxSentenceWords = 20;

    // A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital, ¿, ¡ or a digit;
    // "EE. UU." and "p. ej." do not end one.
    [GeneratedRegex(@"(?<=[.!?][""”’)]*)(?<!\b(?:EE|p|ej|Sr|Sra|Dr)\.)\s+(?=[¿¡""“(]?[\p{Lu}\d])")]
    private static partial Regex SentenceBreak();

    /// <summary>Every rule the card's Spanish answer breaks, each said in a short line; empty when it passes (or has none).</summary>
    public static IReadOnlyList<string> Problems(AnswerCard card)
    {
        if (card.AnswerEs is null)
        {
            return [];
        }
        var problems = new List<string>();
        var plain = ReadingGrade.PlainText(card.AnswerEs);
        if (ReadingGrade.Crawford(plain) is var grade and > MaxGrade)
        {
            problems.Add($"answerEs: reading grade {grade.ToString("0.0", CultureInfo.InvariantCulture)} (Crawford), over {MaxGrade.ToString("0", CultureInfo.InvariantCulture)}");
        }
        foreach (var sentence in Sentences(card.AnswerEs))
        {
            if (Words(sentence) is var words and > MaxSentenceWords)
            {
                problems.Add($"answerEs: a sentence of {words} words, over {MaxSentenceWords}: \"{Shorten(sentence)}\"");
            }
        }
        return problems;
    }

    /// <summary>The sentences of an answer, without its [n] markers: each paragraph and list item apart, then split at sentence ends.</summary>
    public static IEnumerable<string> Sentences(string answer) =>
        CitationMarkers.Strip(answer).Split('\n')
            .Select(line => line.Trim().TrimStart('-', '*').Trim())
            .Where(line => line.Length > 0)
            .SelectMany(line => SentenceBreak().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    /// <summary>Words as a reader meets them: numbers ("2020", "287(g)") count too.</summary>
    public static int Words(string sentence) =>
        sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));

    private static string Shorten(string sentence) => sentence.Length <= 60 ? sentence : sentence[..57] + "…";
}
