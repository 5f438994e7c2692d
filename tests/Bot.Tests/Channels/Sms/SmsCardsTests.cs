using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>
/// Every answer card, asked by its canonical question in English and by one of its Spanish ways of
/// asking, through the real answer service, SMS renderer and middleware: every message, every MORE
/// page included, is at most two segments.
/// </summary>
public sealed class SmsCardsTests
{
    public static TheoryData<string> CardIds() => [.. TestKnowledge.Shared.Index.Current.Cards.Cards.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CardIds))]
    public async Task Every_card_in_english_fits_two_segments_per_message(string cardId)
    {
        var card = Card(cardId);
        Assert.Equal(cardId, TestKnowledge.Shared.Answers.Ask(card.Question).CardId);

        var messages = await ReadAllAsync(card.Question, Language.English);

        Assert.All(messages, m => Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(m)));
        var all = string.Join("\n\n", messages);
        Assert.Contains("Sources: [1] ", all, StringComparison.Ordinal);
        Assert.Contains("Reply with a number:", all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public async Task Every_card_in_spanish_fits_two_segments_per_message(string cardId)
    {
        var card = Card(cardId);
        var question = card.Questions.FirstOrDefault(q => Language.Detect(q) == Language.Spanish);
        Assert.NotNull(question);
        var answer = TestKnowledge.Shared.Answers.Ask(question);
        Assert.Equal(Language.Spanish, answer.Language);

        var messages = await ReadAllAsync(question, Language.Spanish);

        Assert.Contains(messages, m => SmsSegments.EncodingOf(m) == SmsEncoding.Ucs2);
        Assert.Contains("Fuentes: [1] ", string.Join("\n\n", messages), StringComparison.Ordinal);
    }

    /// <summary>Asks, then MORE until the end; every message is checked as it arrives.</summary>
    private static async Task<List<string>> ReadAllAsync(string question, string language)
    {
        using var sms = new SmsConversation();
        var messages = new List<string> { await sms.SayOneAsync(question) };
        var more = language == Language.Spanish ? "MAS" : "MORE";
        while (messages[^1].EndsWith(SmsReplyTexts.MorePrompt(language), StringComparison.Ordinal))
        {
            Assert.True(messages.Count < 30, "The pages never end.");
            messages.Add(await sms.SayOneAsync(more));
        }
        Assert.Equal(SmsReplyTexts.NothingMore(language), await sms.SayOneAsync(more));
        Assert.All(messages, m =>
        {
            Assert.True(SmsSegments.Count(m) <= SmsSegments.MaxPerMessage, $"{SmsSegments.Count(m)} segments ({SmsSegments.EncodingOf(m)}): {m}");
            Assert.DoesNotContain("**", m, StringComparison.Ordinal);
            Assert.DoesNotContain("\u201C", m, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", m, StringComparison.Ordinal);
        });
        return messages;
    }

    private static Knowledge.Cards.AnswerCard Card(string id) =>
        TestKnowledge.Shared.Index.Current.Cards.TryGet(id, out var card) ? card : throw new InvalidOperationException(id);
}
