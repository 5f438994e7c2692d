using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>The SMS conversation as Azure's Twilio channel delivers it: MORE, SOURCES, numbered choices, HELP, STOP and START.</summary>
public sealed class SmsConversationTests
{
    private static readonly string More = SmsReplyTexts.MorePrompt(Language.English);

    private static readonly string FullAnswer = SmsReplyTexts.FullAnswerPrompt(Language.English);

    private static IReadOnlyList<string> MenuQuestions => TestKnowledge.Shared.Menu.Choices().Select(c => c.Question).ToList();

    /// <summary>The menu as SMS lists it: each topic's short label (a number still asks its question).</summary>
    private static IReadOnlyList<string> MenuLabels => TestKnowledge.Shared.Menu.Choices().Select(c => c.Label ?? c.Question).ToList();

    /// <summary>Asks, then MORE to the end; all the messages.</summary>
    private static async Task<List<string>> ReadAllAsync(SmsConversation sms, string question)
    {
        var messages = new List<string> { await sms.SayOneAsync(question) };
        while (SmsConversation.OffersMore(messages[^1]))
        {
            messages.Add(await sms.SayOneAsync("more"));
        }
        return messages;
    }

    /// <summary>The messages as one text: prompts removed, paragraph breaks as spaces.</summary>
    private static string Flatten(IEnumerable<string> messages) =>
        string.Join(' ', messages.Select(m => m
            .Replace("\n\n" + More, string.Empty, StringComparison.Ordinal)
            .Replace("\n\n" + FullAnswer, string.Empty, StringComparison.Ordinal)
            .Replace("\n\n", " ", StringComparison.Ordinal)));

    [Fact]
    public async Task Answers_in_plain_text_with_markers_a_short_source_line_and_no_quote_or_typing()
    {
        using var sms = new SmsConversation();
        var expected = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");

        await sms.Adapter.SendTextToBotAsync("What is an ICE detainer?", sms.Bot.OnTurnAsync, CancellationToken.None);
        var replies = sms.Drain();

        var reply = Assert.Single(replies);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(TextFormatTypes.Plain, reply.AsMessageActivity().TextFormat);
        Assert.Null(reply.AsMessageActivity().SuggestedActions);
        Assert.Equal(expected.Summary + "\n\n" + FullAnswer, reply.Text());
        var all = Flatten([reply.Text(), .. await ReadAllAsync(sms, "MORE")]);
        Assert.StartsWith(expected.Summary + " ICE means Immigration and Customs Enforcement.", all, StringComparison.Ordinal);
        Assert.Contains("[1]", all, StringComparison.Ordinal);
        Assert.Contains("Sources: [1] Paper 2020; [2] ACLU 2018; [3] CATO Institute 2019. Reply SOURCES for links.", all, StringComparison.Ordinal);
        Assert.Contains("Facts as of November 2020.", all, StringComparison.Ordinal);
        Assert.DoesNotContain(expected.Quote!.Text, all, StringComparison.Ordinal);
        Assert.DoesNotContain("http", all, StringComparison.Ordinal);
        Assert.Contains(ReplyTexts.Notice(Language.English), all, StringComparison.Ordinal);
        Assert.Contains(SmsReplyTexts.Keywords(Language.English), all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_answer_says_its_summary_first_and_more_gives_the_full_answer_page_by_page()
    {
        using var sms = new SmsConversation();
        var answer = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");

        var first = await sms.SayOneAsync("What is an ICE detainer?");
        Assert.Equal(answer.Summary + "\n\n" + FullAnswer, first);
        Assert.Equal(1, SmsSegments.Count(first));
        var second = await sms.SayOneAsync("MORE");
        Assert.StartsWith("ICE means Immigration and Customs Enforcement.", second, StringComparison.Ordinal);
        Assert.EndsWith("\n\n" + More, second, StringComparison.Ordinal);
        var third = await sms.SayOneAsync("more.");
        Assert.StartsWith("The paper, written in 2020,", third, StringComparison.Ordinal);

        var rest = new List<string> { third };
        while (rest[^1].EndsWith(More, StringComparison.Ordinal))
        {
            rest.Add(await sms.SayOneAsync("More"));
        }
        Assert.Contains("1) " + answer.FollowUps[0].Question, rest[^1], StringComparison.Ordinal);
        Assert.Equal(SmsReplyTexts.NothingMore(Language.English), await sms.SayOneAsync("More"));
    }

    [Fact]
    public async Task A_number_answered_from_the_summary_picks_the_follow_up_the_full_answer_lists()
    {
        using var sms = new SmsConversation();
        var detainers = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");
        await sms.SayOneAsync("What is an ICE detainer?");

        var reply = await sms.SayOneAsync("1");

        var followUp = TestKnowledge.Shared.Answers.Ask(detainers.FollowUps[0].Question);
        Assert.Equal(followUp.Summary + "\n\n" + FullAnswer, reply);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_card_is_paged_as_it_is()
    {
        using var sms = new SmsConversation();
        var decline = TestKnowledge.Shared.Answers.Ask("What's the weather tomorrow?");
        Assert.Null(decline.Summary);

        var first = await sms.SayOneAsync("What's the weather tomorrow?");

        Assert.StartsWith(SmsPlainText.Paragraphs(decline.Text).First()[..30], first, StringComparison.Ordinal);
        Assert.DoesNotContain(FullAnswer, first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_picks_that_choice_from_the_last_reply()
    {
        using var sms = new SmsConversation();
        var pages = await ReadAllAsync(sms, "What is an ICE detainer?");
        var detainers = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");
        Assert.Contains("Reply with a number:\n\n1) " + detainers.FollowUps[0].Question + "\n\n2) " + detainers.FollowUps[1].Question, pages[^1], StringComparison.Ordinal);

        var reply = await sms.SayOneAsync("2");

        var second = TestKnowledge.Shared.Answers.Ask(detainers.FollowUps[1].Question);
        Assert.Equal(second.Summary + "\n\n" + FullAnswer, reply);
    }

    [Fact]
    public async Task A_number_picks_from_the_menu_and_after_a_did_you_mean()
    {
        using var sms = new SmsConversation();
        var menu = Flatten(await ReadAllAsync(sms, "menu"));
        Assert.Contains("Reply with a number: 1) " + MenuLabels[0] + " 2) " + MenuLabels[1], menu, StringComparison.Ordinal);

        var reply = await sms.SayOneAsync("3");

        var third = TestKnowledge.Shared.Answers.Ask(MenuQuestions[2]);
        Assert.Equal(third.Summary + "\n\n" + FullAnswer, reply);
    }

    [Fact]
    public async Task A_number_with_no_such_choice_is_just_a_message()
    {
        using var sms = new SmsConversation();

        var reply = await sms.SayOneAsync("7");

        Assert.StartsWith(SmsPlainText.Plain(ReplyTexts.Decline(Language.English))[..30], reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_sends_one_message_with_a_short_name_and_a_short_link_per_source()
    {
        using var sms = new SmsConversation();
        const string question = "What is an ICE detainer?";
        var answer = TestKnowledge.Shared.Answers.Ask(question);
        await ReadAllAsync(sms, question);

        var sources = await sms.SayOneAsync("SOURCES");

        var lines = sources.Split("\n\n");
        Assert.Equal(SmsSourceNames.Label(Language.English), lines[0]);
        Assert.Equal(answer.Citations.Count, lines.Length - 1);
        foreach (var citation in answer.Citations)
        {
            var link = SmsConversation.Links.LinkFor(citation);
            Assert.NotNull(link);
            Assert.Matches(@"^https://kyr-bot\.azurewebsites\.net/s/[0-9a-z]{6}$", link);
            Assert.Equal($"[{citation.Number}] {SmsSourceNames.Short(citation, Language.English)} {link}", lines[citation.Number]);
        }
        Assert.StartsWith("[1] Paper 2020 https://kyr-bot.azurewebsites.net/s/", lines[1], StringComparison.Ordinal);
        Assert.True(SmsSegments.Fits(sources));
        Assert.False(SmsConversation.OffersMore(sources));
    }

    [Fact]
    public async Task Help_is_the_carrier_help_text_with_the_configured_contact_not_the_menu()
    {
        using var sms = new SmsConversation(new SmsOptions { HelpContact = "Call 555-0100" });

        var help = await sms.SayOneAsync("HELP");

        Assert.Equal(SmsReplyTexts.Help(Language.English, "Call 555-0100"), help);
        Assert.Contains("not legal advice", help, StringComparison.Ordinal);
        Assert.Contains("Contact: Call 555-0100", help, StringComparison.Ordinal);
        Assert.Contains("STOP", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply with a number", help, StringComparison.Ordinal);
        Assert.True(SmsSegments.Fits(help));
        Assert.Equal(SmsReplyTexts.Help(Language.Spanish, "Call 555-0100"), await sms.SayOneAsync("ayuda"));
        // The bot's own menu is still there, under its other name.
        Assert.Contains("Reply with a number:", Flatten(await ReadAllAsync(sms, "menu")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("StopAll")]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("cancel")]
    [InlineData("END")]
    [InlineData("quit.")]
    public async Task Stop_is_acknowledged_once_and_then_nothing_is_sent_until_start(string stop)
    {
        using var sms = new SmsConversation();
        await sms.SayAsync("What is an ICE detainer?");

        Assert.Equal(SmsReplyTexts.Stopped(Language.English), await sms.SayOneAsync(stop));

        foreach (var text in new[] { "What is 287(g)?", "HELP", "MORE", "1", "SOURCES", "menu", stop, "no" })
        {
            Assert.Empty(await sms.SayAsync(text));
        }
        var update = (Activity)Activity.CreateConversationUpdateActivity();
        update.MembersAdded = [sms.Adapter.Conversation.User];
        await sms.Adapter.ProcessActivityAsync(update, sms.Bot.OnTurnAsync);
        Assert.Empty(sms.Drain());

        var welcome = Flatten(await ReadAllAsync(sms, "START"));
        Assert.StartsWith(SmsReplyTexts.Welcome(Language.English), welcome, StringComparison.Ordinal);
        Assert.Contains("1) " + MenuLabels[0], welcome, StringComparison.Ordinal);
        Assert.NotEmpty(await sms.SayAsync("What is 287(g)?"));
    }

    [Theory]
    [InlineData("UNSTOP")]
    [InlineData("yes")]
    public async Task Unstop_and_twilios_yes_opt_back_in(string start)
    {
        using var sms = new SmsConversation();
        await sms.SayAsync("stop");

        Assert.Contains("Reply with a number:", Flatten(await ReadAllAsync(sms, start)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_forgets_the_conversation_state_at_once()
    {
        using var sms = new SmsConversation();
        await sms.SayAsync("What is an ICE detainer?");
        Assert.Single(sms.Storage.Keys);

        await sms.SayAsync("STOP");

        Assert.Empty(sms.Storage);
        Assert.Null(sms.Store.Get(sms.SenderKey));
    }

    [Fact]
    public async Task The_menu_shows_in_the_first_message_when_the_notice_was_already_given()
    {
        using var sms = new SmsConversation();
        await ReadAllAsync(sms, "What is an ICE detainer?");

        var menu = await sms.SayOneAsync("menu");

        Assert.StartsWith(SmsReplyTexts.Welcome(Language.English) + "\n\nReply with a number:\n\n1) " + MenuLabels[0], menu, StringComparison.Ordinal);
        Assert.Contains("7) " + MenuLabels[6], menu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_when_not_stopped_is_a_welcome()
    {
        using var sms = new SmsConversation();

        var welcome = await sms.SayOneAsync("start");

        Assert.StartsWith(SmsReplyTexts.Welcome(Language.English), welcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_keywords_and_replies_stay_in_spanish()
    {
        using var sms = new SmsConversation();

        var answer = TestKnowledge.Shared.Answers.Ask("¿Qué es un detainer de ICE?");
        var first = await sms.SayOneAsync("¿Qué es un detainer de ICE?");
        // Folded to GSM-7 (Sms:FoldToGsm7, on by default).
        Assert.Equal(SmsGsm7Folding.Fold(answer.Summary + "\n\n" + SmsReplyTexts.FullAnswerPrompt(Language.Spanish)), first);
        Assert.StartsWith("ICE es la agencia", await sms.SayOneAsync("más"), StringComparison.Ordinal);
        // A folded page holds the whole first paragraph: the next page starts with the next one.
        Assert.StartsWith("El documento, escrito en 2020", await sms.SayOneAsync("MAS"), StringComparison.Ordinal);
        Assert.StartsWith(SmsSourceNames.Label(Language.Spanish) + "\n\n[1] Informe 2020 https://", await sms.SayOneAsync("FUENTES"), StringComparison.Ordinal);
        Assert.Equal(SmsGsm7Folding.Fold(SmsReplyTexts.Stopped(Language.Spanish)), await sms.SayOneAsync("STOP"));
    }
}
