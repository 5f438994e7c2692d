using System.Text.RegularExpressions;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>
/// What a whole card answer costs by SMS, with GSM-7 folding on (the default): every card asked in
/// English and in Spanish and read to its end with MORE, through the real answer service, renderer
/// and middleware. "The full answer" is what MORE brings after the summary, to the source line.
/// </summary>
// Every card through the whole answer path, twice: in the full run, not the fast loop (CONTRIBUTING.md).
[Trait("Category", "Slow")]
public sealed partial class SmsAnswerLengthTests(ITestOutputHelper output)
{
    public const int MaxEnglishMessages = 4;

    /// <summary>
    /// Issue 26 asks for 3, with folding on. The ten longest Spanish answers were shortened to fit
    /// (each still within <c>SpanishAnswerRules</c>: sentences of at most 20 words, grade 8).
    /// </summary>
    public const int MaxSpanishMessages = 3;

    public static TheoryData<string> CardIds() => SmsCardsTests.CardIds();

    // A sentence's end: its stop, then any closing quote or bracket and citation markers.
    [GeneratedRegex(@"[.!?][""')\]]*(?:[ ]*\[\d+\])*$")]
    private static partial Regex SentenceEnd();

    [Theory]
    [MemberData(nameof(CardIds))]
    public async Task Every_cards_whole_answer_fits_four_messages_in_english_and_three_in_spanish(string cardId)
    {
        var card = SmsCardsTests.Card(cardId);
        foreach (var (question, language, max) in new[] { (card.Question, Language.English, MaxEnglishMessages), (SmsCardsTests.SpanishQuestion(cardId), Language.Spanish, MaxSpanishMessages) })
        {
            var messages = await SmsCardsTests.ReadAllAsync(question, language);

            var fullAnswer = FullAnswerMessages(messages, language);
            Assert.True(fullAnswer <= max, $"{language}: the full answer in {fullAnswer} messages:\n{string.Join("\n---\n", messages)}");
            Assert.All(messages, m => Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(m)));
            AssertNoPageEndsMidSentence(messages, language);
        }
    }

    /// <summary>
    /// The messages <c>MORE</c> brings after the summary ("Reply MORE for the full answer") until
    /// the full answer has been read with its source line; the one-time notice and the numbered
    /// follow-ups after it are not the answer.
    /// </summary>
    private static int FullAnswerMessages(List<string> messages, string language)
    {
        var label = SmsSourceNames.Label(language) + " [";
        var withSources = messages.FindIndex(m => m.Contains(label, StringComparison.Ordinal));
        Assert.True(withSources > 0, string.Join("\n---\n", messages));
        return withSources;
    }

    /// <summary>
    /// Every page but the last ends where a sentence ends, unless the sentence it ends in is longer
    /// than a page (then the sentence, from its start on this page to its end on the next, cannot fit one).
    /// </summary>
    private static void AssertNoPageEndsMidSentence(IReadOnlyList<string> messages, string language)
    {
        var more = SmsPlainText.ParagraphBreak + SmsGsm7Folding.Fold(SmsReplyTexts.MorePrompt(language));
        for (var i = 0; i < messages.Count - 1; i++)
        {
            var body = messages[i].EndsWith(more, StringComparison.Ordinal) ? messages[i][..^more.Length] : messages[i];
            if (SentenceEnd().IsMatch(body))
            {
                continue;
            }
            var tail = body[(body.LastIndexOfAny(['.', '?', '!', '\n']) + 1)..].Trim();
            var next = messages[i + 1];
            var head = next[..(next.IndexOfAny(['.', '?', '!']) + 1)];
            Assert.False(SmsSegments.Fits(tail + " " + head + more), $"A page ends mid-sentence: \"{body}\" / \"{next}\"");
        }
    }

    [Fact]
    public async Task The_measured_messages_and_segments_per_card_answer()
    {
        var worst = new List<(int Max, int Limit, string Line)>();
        foreach (var fold in new[] { true, false })
        {
            foreach (var language in new[] { Language.English, Language.Spanish })
            {
                var counts = new List<(string Id, int Messages, int Segments, int FullAnswer)>();
                foreach (var card in TestKnowledge.Shared.Index.Current.Cards.Cards)
                {
                    var question = language == Language.Spanish ? SmsCardsTests.SpanishQuestion(card.Id) : card.Question;
                    var messages = await SmsCardsTests.ReadAllAsync(question, language, new SmsOptions { FoldToGsm7 = fold });
                    counts.Add((card.Id, messages.Count, messages.Sum(SmsSegments.Count), FullAnswerMessages(messages, language)));
                }
                var line = $"{language}, folding {(fold ? "on" : "off")}: {counts.Count} cards; messages per answer (summary included) mean {counts.Average(c => c.Messages):0.00}, max {counts.Max(c => c.Messages)} ({counts.MaxBy(c => c.Messages).Id}); " +
                    $"segments mean {counts.Average(c => c.Segments):0.00}, max {counts.Max(c => c.Segments)}; full answer (after the summary, to its source line) mean {counts.Average(c => c.FullAnswer):0.00}, max {counts.Max(c => c.FullAnswer)}, over {(language == Language.Spanish ? 3 : MaxEnglishMessages)} {counts.Count(c => c.FullAnswer > (language == Language.Spanish ? 3 : MaxEnglishMessages))}; messages: " +
                    string.Join(", ", counts.GroupBy(c => c.Messages).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}"));
                output.WriteLine(line);
                if (fold)
                {
                    worst.Add((counts.Max(c => c.FullAnswer), language == Language.Spanish ? MaxSpanishMessages : MaxEnglishMessages, line));
                }
            }
        }
        Assert.All(worst, w => Assert.True(w.Max <= w.Limit, w.Line));
    }
}
