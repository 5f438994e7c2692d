using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace KnowYourRights.Bot.Tests.Bots;

/// <summary>The bot end to end through the SDK's TestAdapter, over the real index and answer service.</summary>
public sealed class KnowYourRightsBotTests
{
    private static readonly string Notice = ReplyTexts.Notice(Language.English);

    private static IReadOnlyList<string> MenuQuestions => TestKnowledge.Shared.Menu.Choices().Select(c => c.Question).ToList();

    [Fact]
    public async Task Welcomes_a_user_who_joins_with_the_topic_menu()
    {
        var replies = await new BotConversation().JoinAsync();

        var welcome = Assert.Single(replies);
        Assert.Contains(ReplyTexts.Welcome(Language.English), welcome.Text(), StringComparison.Ordinal);
        Assert.Equal(MenuQuestions, welcome.ActionTitles());
        Assert.True(MenuQuestions.Count >= 5);
        Assert.All(welcome.AsMessageActivity().SuggestedActions.Actions, a =>
        {
            Assert.Equal(ActionTypes.ImBack, a.Type);
            Assert.Equal(a.Title, a.Value);
        });
    }

    [Theory]
    [InlineData("es-ES")]
    [InlineData("es")]
    public async Task A_user_joining_from_a_spanish_client_is_welcomed_in_spanish_with_the_spanish_menu(string locale)
    {
        var welcome = Assert.Single(await new BotConversation().JoinAsync(locale));

        Assert.Contains(ReplyTexts.Welcome(Language.Spanish), welcome.Text(), StringComparison.Ordinal);
        Assert.Equal(TestKnowledge.Shared.Menu.Choices(Language.Spanish).Select(c => c.Question), welcome.ActionTitles());
    }

    [Fact]
    public async Task Does_not_greet_when_only_the_bot_joins()
    {
        var conversation = new BotConversation();
        var update = (Activity)Activity.CreateConversationUpdateActivity();
        update.MembersAdded = [conversation.Adapter.Conversation.Bot];

        await conversation.Flow().Send(update).AssertNoReply().StartTestAsync();
    }

    [Fact]
    public async Task Sends_a_typing_indicator_before_the_answer()
    {
        await new BotConversation().Flow()
            .Send("What is a detainer?")
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a => Assert.Equal(ActivityTypes.Message, a.Type))
            .StartTestAsync();
    }

    [Fact]
    public async Task Answers_with_numbered_citations_as_reference_style_links_and_the_as_of_date()
    {
        const string question = "Where can I find free immigration legal help?";
        var expected = TestKnowledge.Shared.Answers.Ask(question);
        Assert.True(expected.Answered);
        var first = expected.Citations.Single(c => c.Number == 1);
        Assert.StartsWith("http", first.Url, StringComparison.Ordinal);

        await new BotConversation().Flow()
            .Send(question)
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a =>
            {
                var text = a.Text();
                Assert.Equal(TextFormatTypes.Markdown, a.AsMessageActivity().TextFormat);
                Assert.Contains("[1]", text, StringComparison.Ordinal);
                Assert.Contains($"\n[1]: {first.Url} \"{first.Title}\"", text, StringComparison.Ordinal);
                Assert.Contains($"Facts as of {AsOfDate.Format(expected.AsOf!, Language.English)}.", text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Cites_the_paper_as_a_link_to_the_paragraph_the_answer_rests_on()
    {
        var replies = await new BotConversation().SayAsync("What is a detainer?");

        var text = replies.Messages().Single().Text;
        // The paper is read on its own page here, at the paragraph the card's evidence comes from.
        Assert.Matches(@"\n\[1\]: /paper#paper-\d{3} ""Ending ICE's Use of State and Local Resources""", text);
        Assert.DoesNotContain("\\[1\\]", text, StringComparison.Ordinal);
        // The reference definitions are last in the message.
        var lastLine = text.Split('\n')[^1];
        Assert.Matches(@"^\[\d+\]: \S+ "".+""$", lastLine);
    }

    [Fact]
    public async Task Shows_the_supporting_quote_under_the_answer()
    {
        var expected = TestKnowledge.Shared.Answers.Ask("What is a detainer?");
        Assert.NotNull(expected.Quote);

        var text = (await new BotConversation().SayAsync("What is a detainer?")).Messages().Single().Text;

        var quoteLine = text.Split('\n').Single(l => l.StartsWith("> \u201C", StringComparison.Ordinal));
        Assert.Contains(expected.Quote.Text, quoteLine, StringComparison.Ordinal);
        Assert.True(text.IndexOf(quoteLine, StringComparison.Ordinal) > text.IndexOf("[1]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shows_the_not_legal_advice_notice_once_per_conversation()
    {
        var conversation = new BotConversation();
        var replies = new List<IActivity>();
        replies.AddRange(await conversation.JoinAsync());
        replies.AddRange(await conversation.SayAsync("What is a detainer?"));
        replies.AddRange(await conversation.SayAsync("Can ICE arrest people at courthouses?"));
        replies.AddRange(await conversation.SayAsync("What's the capital of France?"));
        replies.AddRange(await conversation.SayAsync("help"));

        Assert.Equal(1, replies.Messages().Count(m => m.Text.Contains(Notice, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Shows_the_notice_with_the_first_answer_when_there_was_no_welcome()
    {
        var conversation = new BotConversation();

        var first = (await conversation.SayAsync("What is a detainer?")).Messages().Single();
        var second = (await conversation.SayAsync("What is a 287(g) agreement?")).Messages().Single();

        Assert.Contains(Notice, first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Notice, second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declines_an_off_topic_question_with_legal_help_links_and_the_menu()
    {
        var reply = (await new BotConversation().SayAsync("What's the capital of France?")).Messages().Single();

        Assert.Contains(ReplyTexts.Decline(Language.English), reply.Text, StringComparison.Ordinal);
        Assert.Contains(ReplyTexts.LegalHelpLead(Language.English), reply.Text, StringComparison.Ordinal);
        Assert.Matches(@"\n- [^\n]+: https?://", reply.Text);
        Assert.DoesNotContain("Facts as of", reply.Text, StringComparison.Ordinal);
        Assert.Equal(MenuQuestions, reply.ActionTitles());
    }

    [Fact]
    public async Task Offers_the_answers_follow_ups_as_suggested_actions()
    {
        const string question = "What is a detainer?";
        var expected = TestKnowledge.Shared.Answers.Ask(question).FollowUps.Select(f => f.Question).ToList();
        Assert.NotEmpty(expected);

        var reply = (await new BotConversation().SayAsync(question)).Messages().Single();

        Assert.Equal(expected, reply.ActionTitles());
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task Answers_a_follow_up_when_its_button_is_tapped()
    {
        var conversation = new BotConversation();
        var followUp = (await conversation.SayAsync("What is a detainer?")).Messages().Single().SuggestedActions.Actions[0];

        var reply = (await conversation.SayAsync((string)followUp.Value)).Messages().Single();

        var expected = TestKnowledge.Shared.Answers.Ask((string)followUp.Value);
        Assert.True(expected.Answered);
        Assert.StartsWith(expected.Text.Split('\n')[0], reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "en")]
    [InlineData("menu", "en")]
    [InlineData("Menu.", "en")]
    [InlineData("ayuda", "es")]
    public async Task Help_and_menu_show_the_welcome_and_topic_menu_in_the_readers_language(string command, string language)
    {
        var replies = await new BotConversation().SayAsync(command);

        var reply = Assert.Single(replies);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(TestKnowledge.Shared.Menu.Choices(language).Select(c => c.Question), reply.ActionTitles());
    }

    [Fact]
    public async Task Sources_lists_every_source_of_the_last_answer_with_title_publisher_date_and_url()
    {
        var conversation = new BotConversation();
        var expected = TestKnowledge.Shared.Answers.Ask("What is a detainer?").Citations;
        await conversation.SayAsync("What is a detainer?");

        var reply = Assert.Single(await conversation.SayAsync("sources"));

        var lines = reply.Text().Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).ToList();
        Assert.Equal(expected.Count, lines.Count);
        foreach (var citation in expected)
        {
            var line = Assert.Single(lines, l => l.StartsWith($"{citation.Number}. ", StringComparison.Ordinal));
            Assert.Contains(citation.Title, line, StringComparison.Ordinal);
            if (citation.Publisher is not null)
            {
                Assert.Contains(citation.Publisher, line, StringComparison.Ordinal);
            }
            if (citation.Date is not null)
            {
                Assert.Contains(AsOfDate.Format(citation.Date, Language.English), line, StringComparison.Ordinal);
            }
            if (citation.Url is not null)
            {
                Assert.Contains(citation.Url, line, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Sources_before_any_answer_says_there_are_none_yet()
    {
        var reply = Assert.Single(await new BotConversation().SayAsync("sources"));

        Assert.Equal(BotReplyTexts.NoSources(Language.English), reply.Text());
    }

    [Fact]
    public async Task Sources_keeps_the_last_answers_sources_after_a_decline()
    {
        var conversation = new BotConversation();
        await conversation.SayAsync("What is a detainer?");
        await conversation.SayAsync("What's the capital of France?");

        var reply = Assert.Single(await conversation.SayAsync("sources"));

        Assert.Contains("Ending ICE's Use of State and Local Resources", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_over_forgets_the_conversation_and_welcomes_again()
    {
        var conversation = new BotConversation();
        await conversation.JoinAsync();
        await conversation.SayAsync("What is a detainer?");

        var restart = Assert.Single(await conversation.SayAsync("start over"));
        var sources = Assert.Single(await conversation.SayAsync("sources"));

        Assert.Contains(ReplyTexts.Welcome(Language.English), restart.Text(), StringComparison.Ordinal);
        Assert.Equal(MenuQuestions, restart.ActionTitles());
        // Forgotten: the notice is shown again as to a new user, and the last answer's sources are gone.
        Assert.Contains(Notice, restart.Text(), StringComparison.Ordinal);
        Assert.Equal(BotReplyTexts.NoSources(Language.English), sources.Text());
    }

    [Fact]
    public async Task None_of_these_offers_the_topic_menu()
    {
        var reply = Assert.Single(await new BotConversation().SayAsync("None of these"));

        Assert.Equal(BotReplyTexts.NoneOfThese(Language.English), reply.Text());
        Assert.Equal(MenuQuestions, reply.ActionTitles());
    }

    [Fact]
    public async Task An_empty_message_gets_the_welcome_and_menu_not_an_error()
    {
        var conversation = new BotConversation();
        var empty = (Activity)Activity.CreateMessageActivity();
        empty.Text = "   ";

        await conversation.Flow()
            .Send(empty)
            .AssertReply(a => Assert.Equal(MenuQuestions, a.ActionTitles()))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_over_long_question_is_refused_with_the_reason()
    {
        var reply = (await new BotConversation().SayAsync(new string('a', 8100) + "?")).Messages().Single();

        Assert.Contains("longer than", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_a_spanish_question_with_the_spanish_notice_and_date()
    {
        var reply = (await new BotConversation().SayAsync("¿Qué es un detainer?")).Messages().Single();

        Assert.Contains(ReplyTexts.Notice(Language.Spanish), reply.Text, StringComparison.Ordinal);
        Assert.Contains("Información de noviembre de 2020.", reply.Text, StringComparison.Ordinal);
        Assert.Equal("es", reply.Locale);
    }

    [Fact]
    public async Task Keeps_no_question_text_in_conversation_state()
    {
        var memory = new Dictionary<string, JObject>();
        var state = new ConversationState(new MemoryStorage(memory));
        var conversation = new BotConversation();
        var bot = BotConversation.CreateBot(state);
        const string question = "Can ICE arrest me at court if I am undocumented?";

        await conversation.Adapter.SendTextToBotAsync(question, bot.OnTurnAsync, CancellationToken.None);

        var stored = string.Join("\n", memory.Values.Select(v => v.ToString()));
        Assert.NotEmpty(memory);
        Assert.DoesNotContain("undocumented", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("arrest me", stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forgets_the_conversation_when_the_channel_ends_it()
    {
        var memory = new Dictionary<string, JObject>();
        var state = new ConversationState(new MemoryStorage(memory));
        var conversation = new BotConversation();
        var bot = BotConversation.CreateBot(state);
        await conversation.Adapter.SendTextToBotAsync("What is an ICE detainer?", bot.OnTurnAsync, CancellationToken.None);
        Assert.NotEmpty(memory);

        var end = conversation.Adapter.MakeActivity();
        end.Type = ActivityTypes.EndOfConversation;
        await conversation.Adapter.ProcessActivityAsync(end, bot.OnTurnAsync);

        Assert.Empty(memory);
    }

    [Fact]
    public async Task Asks_did_you_mean_with_both_questions_and_none_of_these_when_two_topics_fit()
    {
        var question = TestKnowledge.Shared.DidYouMeanQuestion;
        Assert.NotNull(question);
        var expected = TestKnowledge.Shared.Answers.Ask(question).DidYouMean.Select(c => c.Question).Append("None of these");

        var conversation = new BotConversation();
        var reply = (await conversation.SayAsync(question)).Messages().Single();
        var none = Assert.Single(await conversation.SayAsync("None of these"));

        Assert.Equal(expected, reply.ActionTitles());
        Assert.Equal(MenuQuestions, none.ActionTitles());
    }

    [Fact]
    public async Task A_spanish_command_gets_spanish_words()
    {
        var reply = Assert.Single(await new BotConversation().SayAsync("fuentes"));

        Assert.Equal(BotReplyTexts.NoSources(Language.Spanish), reply.Text());
    }
}
