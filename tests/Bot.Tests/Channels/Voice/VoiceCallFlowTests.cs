using System.Xml.Linq;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>A call through the whole app, step by step, as parsed TwiML: what is said, what is listened for, where it goes next.</summary>
public sealed class VoiceCallFlowTests(VoiceCallFlowTests.App app) : IClassFixture<VoiceCallFlowTests.App>
{
    private static readonly SpokenAnswerRenderer Spoken = new(TestKnowledge.Shared.Index);

    private readonly HttpClient _client = app.CreateClient();
    private readonly string _call = VoiceWebhook.NewCallSid();

    [Fact]
    public async Task The_call_opens_with_the_greeting_the_language_offer_and_the_topic_menu_listening_for_a_key_or_speech()
    {
        var twiml = await _client.CallAsync(_call);

        var gather = twiml.Gather();
        Assert.Equal("dtmf speech", (string?)gather.Attribute("input"));
        Assert.Equal("en-US", (string?)gather.Attribute("language"));
        Assert.Equal(VoiceSpeechHints.For(Language.English, TestKnowledge.Shared.Index.Current), (string?)gather.Attribute("hints"));
        Assert.Contains("detainer", (string?)gather.Attribute("hints"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(VoiceWebhook.PublicUrl + "/menu", (string?)gather.Attribute("action"));
        Assert.Equal("POST", (string?)gather.Attribute("method"));
        Assert.Equal("1", (string?)gather.Attribute("numDigits"));
        Assert.Equal("auto", (string?)gather.Attribute("speechTimeout"));
        Assert.Equal(
            [VoicePrompts.Greeting(Language.English), VoicePrompts.LanguageOffer(Language.English), VoicePrompts.TopicMenu(Language.English, Topics(Language.English))],
            twiml.Said());
        Assert.Equal(["en-US", "es-US", "en-US"], Says(twiml).Select(s => (string?)s.Attribute("language")));
        Assert.Equal(
            [VoiceLanguages.SayVoice(Language.English).ToString(), VoiceLanguages.SayVoice(Language.Spanish).ToString(), VoiceLanguages.SayVoice(Language.English).ToString()],
            Says(twiml).Select(s => (string?)s.Attribute("voice")));
        Assert.Contains("not legal advice", twiml.Said()[0], StringComparison.Ordinal);
        Assert.Contains("not recorded", twiml.Said()[0], StringComparison.Ordinal);
        AssertNothingRecorded(twiml);
    }

    [Fact]
    public async Task Nine_switches_the_call_to_spanish_from_its_greeting_and_back()
    {
        await _client.CallAsync(_call);

        var spanish = await _client.AtMenuAsync(_call, digits: "9");
        var english = await _client.AtMenuAsync(_call, digits: "9");

        Assert.Equal("es-US", (string?)spanish.Gather().Attribute("language"));
        Assert.Equal(VoiceSpeechHints.For(Language.Spanish, TestKnowledge.Shared.Index.Current), (string?)spanish.Gather().Attribute("hints"));
        Assert.Equal(
            [VoicePrompts.Greeting(Language.Spanish), VoicePrompts.LanguageOffer(Language.Spanish), VoicePrompts.TopicMenu(Language.Spanish, Topics(Language.Spanish))],
            spanish.Said());
        Assert.Equal(["es-US", "en-US", "es-US"], Says(spanish).Select(s => (string?)s.Attribute("language")));
        Assert.Equal("en-US", (string?)english.Gather().Attribute("language"));
        Assert.Equal(VoicePrompts.Greeting(Language.English), english.Said()[0]);
    }

    [Theory]
    [InlineData("1", Language.English)]
    [InlineData("3", Language.English)]
    [InlineData("1", Language.Spanish)]
    public async Task A_topics_digit_says_that_cards_summary_then_the_options(string digit, string language)
    {
        await _client.CallAsync(_call);
        if (language == Language.Spanish)
        {
            await _client.AtMenuAsync(_call, digits: "9");
        }
        var topic = TestKnowledge.Shared.Menu.Choices(language)[int.Parse(digit, System.Globalization.CultureInfo.InvariantCulture) - 1];

        var twiml = await _client.AtMenuAsync(_call, digits: digit);

        var expected = Spoken.Render(TestKnowledge.Shared.Answers.ForCard(topic.Id, language)!);
        Assert.Equal([expected.Opening, VoicePrompts.AfterAnswer(language, canHearMore: expected.MoreParts.Count > 0, canTextLinks: false)], twiml.Said());
        Assert.Equal(VoiceWebhook.PublicUrl + "/options", (string?)twiml.Gather().Attribute("action"));
        AssertNothingRecorded(twiml);
    }

    // Questions of the dev set (/work/shared/eval/dev.jsonl) and the card `ask` answers each with.
    [Theory]
    [InlineData("What is a detainer?", "detainers")]
    [InlineData("Can immigration agents make arrests at courthouses?", "courthouse")]
    [InlineData("Can ICE see driver's license records?", "dmv")]
    [InlineData("How does the Criminal Alien Program work?", "cap")]
    [InlineData("Does working with ICE hurt community trust in police?", "police-trust")]
    public async Task A_spoken_question_gets_the_same_answer_as_ask(string speech, string cardId)
    {
        await _client.CallAsync(_call);

        var twiml = await _client.AtMenuAsync(_call, speech: speech);

        var answer = TestKnowledge.Shared.Answers.Ask(speech);
        Assert.Equal(cardId, answer.CardId);
        Assert.Equal(Spoken.Render(answer).Opening, twiml.Said()[0]);
    }

    [Theory]
    [InlineData("¿Qué es el programa 287(g)?", "287g")]
    [InlineData("¿ICE puede ver mis huellas digitales si me arrestan?", "fingerprints")]
    public async Task A_spanish_question_in_a_spanish_call_gets_the_spanish_card(string speech, string cardId)
    {
        await _client.CallAsync(_call);
        await _client.AtMenuAsync(_call, digits: "9");

        var twiml = await _client.AtMenuAsync(_call, speech: speech);

        Assert.Equal(Spoken.Render(TestKnowledge.Shared.Answers.ForCard(cardId, Language.Spanish)!).Opening, twiml.Said()[0]);
        Assert.Equal("es-US", (string?)Says(twiml)[0].Attribute("language"));
        Assert.Equal(VoicePrompts.AfterAnswer(Language.Spanish, canHearMore: true, canTextLinks: false), twiml.Said()[^1]);
    }

    [Fact]
    public async Task One_says_the_rest_of_the_answer_once_then_that_there_is_no_more()
    {
        await AnsweredAsync(speech: "What is a detainer?");

        var more = await _client.AfterAnswerAsync(_call, digits: "1");
        var again = await _client.AfterAnswerAsync(_call, digits: "1");

        var expected = Spoken.Render(TestKnowledge.Shared.Answers.Ask("What is a detainer?"));
        var part = Assert.Single(expected.MoreParts);
        Assert.Equal([part, VoicePrompts.AfterAnswer(Language.English, canHearMore: false, canTextLinks: false)], more.Said());
        Assert.Equal([VoicePrompts.NothingMore(Language.English), VoicePrompts.AfterAnswer(Language.English, canHearMore: false, canTextLinks: false)], again.Said());
    }

    [Fact]
    public async Task A_long_answer_is_said_a_part_at_a_time_each_time_one_is_pressed()
    {
        var topics = TestKnowledge.Shared.Menu.Choices(Language.Spanish);
        var parts = 0;
        for (var digit = 1; digit <= topics.Count; digit++)
        {
            var call = VoiceWebhook.NewCallSid();
            await _client.CallAsync(call);
            await _client.AtMenuAsync(call, digits: "9");
            await _client.AtMenuAsync(call, digits: Key(digit));
            var expected = Spoken.Render(TestKnowledge.Shared.Answers.ForCard(topics[digit - 1].Id, Language.Spanish)!);

            for (var i = 0; i < expected.MoreParts.Count; i++)
            {
                var said = await _client.AfterAnswerAsync(call, digits: "1");
                var left = i < expected.MoreParts.Count - 1;
                Assert.Equal([expected.MoreParts[i], VoicePrompts.AfterAnswer(Language.Spanish, canHearMore: left, canTextLinks: false)], said.Said());
            }
            Assert.Equal(VoicePrompts.NothingMore(Language.Spanish), (await _client.AfterAnswerAsync(call, digits: "1")).Said()[0]);
            parts = Math.Max(parts, expected.MoreParts.Count);
        }
        // Some menu topic's Spanish answer takes more than one part (if the cards change, the loop above still checks each).
        Assert.True(parts >= 2, $"the longest Spanish menu answer has {parts} part(s)");
    }

    [Fact]
    public async Task Three_asks_for_another_question_which_is_read_with_the_answers_topic()
    {
        await AnsweredAsync(digits: "3");
        var previous = TestKnowledge.Shared.Menu.Choices()[2].Id;

        var ask = await _client.AfterAnswerAsync(_call, digits: "3");
        var followUp = await _client.AtMenuAsync(_call, speech: "how many are there now?");

        Assert.Equal([VoicePrompts.AskAnotherQuestion(Language.English)], ask.Said());
        Assert.Equal(VoiceWebhook.PublicUrl + "/menu", (string?)ask.Gather().Attribute("action"));
        Assert.Equal(Spoken.Render(TestKnowledge.Shared.Answers.Ask("how many are there now?", previous)).Opening, followUp.Said()[0]);
    }

    [Fact]
    public async Task Zero_goes_back_to_the_menu_and_a_key_off_the_menu_is_said_to_be_so()
    {
        await AnsweredAsync(digits: "1");

        var offMenu = await _client.AfterAnswerAsync(_call, digits: "7");
        var menu = await _client.AfterAnswerAsync(_call, digits: "0");
        var offTopics = await _client.AtMenuAsync(_call, digits: "8");

        var hasMore = Spoken.Render(TestKnowledge.Shared.Answers.ForCard(TestKnowledge.Shared.Menu.Choices()[0].Id, Language.English)!).MoreParts.Count > 0;
        Assert.Equal([VoicePrompts.NotOnMenu(Language.English), VoicePrompts.AfterAnswer(Language.English, hasMore, canTextLinks: false)], offMenu.Said());
        Assert.Equal([VoicePrompts.LanguageOffer(Language.English), VoicePrompts.TopicMenu(Language.English, Topics(Language.English))], menu.Said());
        Assert.Equal([VoicePrompts.NotOnMenu(Language.English), VoicePrompts.LanguageOffer(Language.English), VoicePrompts.TopicMenu(Language.English, Topics(Language.English))], offTopics.Said());
    }

    [Fact]
    public async Task A_decline_names_the_legal_help_and_offers_another_question()
    {
        await _client.CallAsync(_call);

        var twiml = await _client.AtMenuAsync(_call, speech: "How do I renew my passport?");
        var one = await _client.AfterAnswerAsync(_call, digits: "1");

        var decline = Spoken.Render(TestKnowledge.Shared.Answers.Ask("How do I renew my passport?"));
        Assert.True(decline.Declined);
        Assert.NotEmpty(decline.LegalHelp);
        Assert.Equal([decline.Opening, VoicePrompts.AfterAnswer(Language.English, canHearMore: false, canTextLinks: false)], twiml.Said());
        Assert.All(decline.LegalHelp, name => Assert.Contains(name, twiml.Said()[0], StringComparison.Ordinal));
        Assert.Equal(VoicePrompts.NotOnMenu(Language.English), one.Said()[0]);
    }

    [Fact]
    public async Task A_did_you_mean_numbers_its_choices_and_a_choices_digit_says_that_answer()
    {
        // Questions the seeds' cards answer about equally well (as in the bot's own did-you-mean test).
        var question = TestKnowledge.Shared.DidYouMeanQuestion;
        Assert.NotNull(question);
        var expected = Spoken.Render(TestKnowledge.Shared.Answers.Ask(question));
        await _client.CallAsync(_call);

        var choices = await _client.AtMenuAsync(_call, speech: question);
        var second = await _client.AfterAnswerAsync(_call, digits: "2");

        Assert.Equal([expected.Opening, VoicePrompts.Choices(Language.English, expected.Choices), VoicePrompts.NoneOfThese(Language.English)], choices.Said());
        Assert.Contains("Press 2 for", choices.Said()[1], StringComparison.Ordinal);
        Assert.Equal(Spoken.Render(TestKnowledge.Shared.Answers.ForCard(expected.Choices[1].CardId!, Language.English)!).Opening, second.Said()[0]);
    }

    [Fact]
    public async Task Silence_repeats_the_step_once_then_the_call_ends_with_goodbye()
    {
        await _client.CallAsync(_call);

        var first = await _client.AtMenuAsync(_call);
        var second = await _client.AtMenuAsync(_call);

        Assert.Equal([VoicePrompts.NotHeard(Language.English), VoicePrompts.LanguageOffer(Language.English), VoicePrompts.TopicMenu(Language.English, Topics(Language.English))], first.Said());
        Assert.Equal([VoicePrompts.NotHeard(Language.English), VoicePrompts.Goodbye(Language.English)], second.Said());
        Assert.Empty(second.Elements("Gather"));
        Assert.Equal("Hangup", second.Elements().Last().Name.LocalName);
    }

    [Fact]
    public async Task Silence_after_an_answer_repeats_its_options_and_a_key_in_between_starts_the_count_again()
    {
        await AnsweredAsync(digits: "2");
        var hasMore = Spoken.Render(TestKnowledge.Shared.Answers.ForCard(TestKnowledge.Shared.Menu.Choices()[1].Id, Language.English)!).MoreParts.Count > 0;

        var silent = await _client.AfterAnswerAsync(_call);
        await _client.AfterAnswerAsync(_call, digits: "7");
        var silentAgain = await _client.AfterAnswerAsync(_call);
        var end = await _client.AfterAnswerAsync(_call);

        Assert.Equal([VoicePrompts.NotHeard(Language.English), VoicePrompts.AfterAnswer(Language.English, hasMore, canTextLinks: false)], silent.Said());
        Assert.Equal(silent.Said(), silentAgain.Said());
        Assert.Equal("Hangup", end.Elements().Last().Name.LocalName);
    }

    /// <summary>A call that has had one answer, to a key or a question at the menu.</summary>
    private async Task AnsweredAsync(string? digits = null, string? speech = null)
    {
        await _client.CallAsync(_call);
        await _client.AtMenuAsync(_call, digits, speech);
    }

    private static string Key(int digit) => digit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<SpokenChoice> Topics(string language) => SpokenChoice.Numbered(TestKnowledge.Shared.Menu.Choices(language), language);

    private static List<XElement> Says(XElement twiml) => twiml.Descendants("Say").ToList();

    /// <summary>No &lt;Record&gt;, no record or transcribe attribute, anywhere.</summary>
    private static void AssertNothingRecorded(XElement twiml)
    {
        Assert.DoesNotContain(twiml.DescendantsAndSelf(), e => e.Name.LocalName is "Record" or "Recording" or "Transcription");
        Assert.DoesNotContain(twiml.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.Contains("record", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName.Contains("transcri", StringComparison.OrdinalIgnoreCase));
    }

    public sealed class App : TestAppFactory
    {
        public App()
        {
            UseRealClock = true;
            Settings["App:PublicBaseUrl"] = VoiceWebhook.PublicBase;
            Settings["Twilio:AuthToken"] = VoiceWebhook.AuthToken;
            Settings["Twilio:VoiceWebhookUrl"] = VoiceWebhook.PublicUrl;
        }
    }
}
