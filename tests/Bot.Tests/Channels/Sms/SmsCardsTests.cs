using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>
/// Every answer card, asked by its canonical question in English and by one of its Spanish ways of
/// asking, through the real answer service, SMS renderer and middleware: the first message is the
/// card's summary, MORE gives the full answer, every message (every MORE page included) is at most
/// two segments, and SOURCES is one message of at most two segments whose short links resolve.
/// </summary>
// Every card (or question set) through the whole answer path: in the full run, not the fast loop (CONTRIBUTING.md).
[Trait("Category", "Slow")]
public sealed class SmsCardsTests(ITestOutputHelper output)
{
    public static TheoryData<string> CardIds() => [.. TestKnowledge.Shared.Index.Current.Cards.Cards.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CardIds))]
    public async Task Every_card_in_english_says_its_summary_first_and_fits_two_segments_per_message(string cardId)
    {
        var card = Card(cardId);
        Assert.Equal(cardId, TestKnowledge.Shared.Answers.Ask(card.Question).CardId);

        var messages = await ReadAllAsync(card.Question, Language.English);

        Assert.Equal(FirstMessage(card.Question, card.Summary!, Language.English), messages[0]);
        // The full answer is the card's, with the fact a how-many/how-long/when question asks for first (AnswerFirst).
        var answer = TestKnowledge.Shared.Answers.Ask(card.Question);
        Assert.StartsWith(SmsPlainText.Paragraphs(answer.Text).First()[..20], messages[1], StringComparison.Ordinal);
        Assert.All(messages, m => Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(m)));
        var all = string.Join("\n\n", messages);
        Assert.Contains("Sources: [1] ", all, StringComparison.Ordinal);
        Assert.Contains("Reply with a number:", all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public async Task Every_card_in_spanish_says_its_summary_first_and_fits_two_segments_per_message(string cardId)
    {
        var question = SpanishQuestion(cardId);

        var messages = await ReadAllAsync(question, Language.Spanish);

        Assert.Equal(FirstMessage(question, Card(cardId).SummaryEs!, Language.Spanish), messages[0]);
        Assert.StartsWith(SmsGsm7Folding.Fold(SmsPlainText.Paragraphs(TestKnowledge.Shared.Answers.Ask(question).Text).First()[..20]), messages[1], StringComparison.Ordinal);
        // Folded to GSM-7 (the default): no accent makes a message UCS-2.
        Assert.All(messages, m => Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(m)));
        Assert.Contains("Fuentes: [1] ", string.Join("\n\n", messages), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public async Task Sources_of_every_card_is_one_message_of_two_segments_whose_short_links_resolve(string cardId)
    {
        foreach (var (question, language) in new[] { (Card(cardId).Question, Language.English), (SpanishQuestion(cardId), Language.Spanish) })
        {
            var answer = TestKnowledge.Shared.Answers.Ask(question);
            using var sms = new SmsConversation();
            await sms.SayOneAsync(question);

            var sources = await sms.SayOneAsync(language == Language.Spanish ? "FUENTES" : "SOURCES");

            Assert.True(SmsSegments.Count(sources) <= SmsSegments.MaxPerMessage, $"{SmsSegments.Count(sources)} segments ({SmsSegments.EncodingOf(sources)}): {sources}");
            Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(sources));
            Assert.False(SmsConversation.OffersMore(sources));
            foreach (var citation in answer.Citations)
            {
                var line = sources.Split("\n\n").Single(l => l.StartsWith($"[{citation.Number}] ", StringComparison.Ordinal));
                if (citation.Url is null && citation.Id != "paper")
                {
                    Assert.DoesNotContain("http", line, StringComparison.Ordinal);
                    continue;
                }
                var code = line[(line.LastIndexOf("/s/", StringComparison.Ordinal) + 3)..];
                Assert.True(SmsConversation.Links.TryResolve(code, out var target), line);
                Assert.Equal(citation.Url ?? SmsShortLinks.PaperPath, target);
            }
        }
    }

    [Fact]
    public async Task The_measured_sizes_of_every_cards_first_message_and_sources()
    {
        var firstSegments = new List<(string Id, string Language, int Length, int Segments)>();
        var sourcesSegments = new List<(string Id, string Language, int Length, int Segments)>();
        foreach (var card in TestKnowledge.Shared.Index.Current.Cards.Cards)
        {
            foreach (var (question, language) in new[] { (card.Question, Language.English), (SpanishQuestion(card.Id), Language.Spanish) })
            {
                using var sms = new SmsConversation();
                var first = await sms.SayOneAsync(question);
                var sources = await sms.SayOneAsync("SOURCES");
                firstSegments.Add((card.Id, language, SmsSegments.Length(first), SmsSegments.Count(first)));
                sourcesSegments.Add((card.Id, language, SmsSegments.Length(sources), SmsSegments.Count(sources)));
            }
        }

        Assert.All(firstSegments, f => Assert.True(f.Segments <= SmsSegments.MaxPerMessage));
        Assert.All(sourcesSegments, s => Assert.True(s.Segments <= SmsSegments.MaxPerMessage));
        foreach (var language in new[] { Language.English, Language.Spanish })
        {
            var first = firstSegments.Where(f => f.Language == language).ToList();
            var sources = sourcesSegments.Where(s => s.Language == language).ToList();
            output.WriteLine($"{language}: first message max {first.Max(f => f.Length)} units, {first.Count(f => f.Segments == 1)}/{first.Count} in one segment; " +
                $"SOURCES max {sources.Max(s => s.Length)} units ({sources.MaxBy(s => s.Length).Id}), max {sources.Max(s => s.Segments)} segments, {sources.Count(s => s.Segments == 1)}/{sources.Count} in one segment");
        }
    }

    /// <summary>The summary, the legal-help line when the question asks what to do, and the prompt for the full answer; folded to GSM-7.</summary>
    internal static string FirstMessage(string question, string summary, string language)
    {
        var legalHelp = QuestionKinds.Read(question).Kind == QuestionKind.Help ? "\n\n" + SmsReplyTexts.LegalHelp(language) : string.Empty;
        return SmsGsm7Folding.Fold(summary + legalHelp + "\n\n" + SmsReplyTexts.FullAnswerPrompt(language));
    }

    /// <summary>Asks, then MORE until the end; every message is checked as it arrives.</summary>
    internal static async Task<List<string>> ReadAllAsync(string question, string language, SmsOptions? options = null)
    {
        using var sms = new SmsConversation(options);
        var messages = new List<string> { await sms.SayOneAsync(question) };
        var more = language == Language.Spanish ? "MAS" : "MORE";
        while (SmsConversation.OffersMore(messages[^1]))
        {
            Assert.True(messages.Count < 30, "The pages never end.");
            messages.Add(await sms.SayOneAsync(more));
        }
        var nothingMore = SmsReplyTexts.NothingMore(language);
        Assert.Equal(options?.FoldToGsm7 == false ? nothingMore : SmsGsm7Folding.Fold(nothingMore), await sms.SayOneAsync(more));
        Assert.All(messages, m =>
        {
            Assert.True(SmsSegments.Count(m) <= SmsSegments.MaxPerMessage, $"{SmsSegments.Count(m)} segments ({SmsSegments.EncodingOf(m)}): {m}");
            Assert.DoesNotContain("**", m, StringComparison.Ordinal);
            Assert.DoesNotContain("\u201C", m, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", m, StringComparison.Ordinal);
            Assert.DoesNotContain('\f', m);
        });
        return messages;
    }

    internal static string SpanishQuestion(string cardId)
    {
        var question = Card(cardId).Questions.FirstOrDefault(q => Language.Detect(q) == Language.Spanish);
        Assert.NotNull(question);
        var answer = TestKnowledge.Shared.Answers.Ask(question);
        Assert.Equal(Language.Spanish, answer.Language);
        Assert.Equal(cardId, answer.CardId);
        return question;
    }

    internal static Knowledge.Cards.AnswerCard Card(string id) =>
        TestKnowledge.Shared.Index.Current.Cards.TryGet(id, out var card) ? card : throw new InvalidOperationException(id);
}
