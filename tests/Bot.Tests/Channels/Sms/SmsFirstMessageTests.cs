using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>
/// What the first message says, and in which language the keywords answer: the topics in the
/// welcome's first message, legal help first for "what do I do", HELP and MENU in the
/// conversation's language, accents kept when folding is off.
/// </summary>
public sealed class SmsFirstMessageTests
{
    private const string Contact = "kyr.example.org, 555-0100";

    [Theory]
    [InlineData("START", Language.English)]
    [InlineData("menu", Language.English)]
    [InlineData("menú", Language.Spanish)]
    public async Task The_welcomes_first_message_lists_every_topic(string keyword, string language)
    {
        using var sms = new SmsConversation();

        var first = await sms.SayOneAsync(keyword);

        var topics = TestKnowledge.Shared.Menu.Choices(language);
        Assert.NotEmpty(topics);
        for (var i = 0; i < topics.Count; i++)
        {
            Assert.Contains(SmsPager.ChoiceLine(i + 1, SmsGsm7Folding.Fold(SmsPlainText.Plain(topics[i].Label ?? topics[i].Question))), first, StringComparison.Ordinal);
        }
        Assert.True(SmsSegments.Fits(first), first);
    }

    [Theory]
    [InlineData("ice has my brother in jail what do i do", Language.English)]
    [InlineData("What can I do if ICE sends a detainer for my son?", Language.English)]
    [InlineData("ICE tiene a mi hermano en la cárcel, ¿qué hago?", Language.Spanish)]
    public async Task The_first_message_of_an_answer_to_what_do_i_do_says_to_get_legal_help(string question, string language)
    {
        using var sms = new SmsConversation();

        var first = await sms.SayOneAsync(question);

        Assert.Contains(SmsGsm7Folding.Fold(SmsReplyTexts.LegalHelp(language)), first, StringComparison.Ordinal);
        Assert.True(SmsSegments.Fits(first), first);
    }

    [Fact]
    public async Task A_question_that_does_not_ask_what_to_do_gets_no_legal_help_line_first()
    {
        using var sms = new SmsConversation();

        var first = await sms.SayOneAsync("What is an ICE detainer?");

        Assert.DoesNotContain(SmsReplyTexts.LegalHelp(Language.English), first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HELP")]
    [InlineData("info")]
    [InlineData("AYUDA")]
    public async Task Help_after_a_spanish_question_answers_in_spanish(string keyword)
    {
        using var sms = new SmsConversation(new SmsOptions { HelpContact = Contact });
        await sms.SayOneAsync("¿Qué es un detainer de ICE?");

        Assert.Equal(SmsGsm7Folding.Fold(SmsReplyTexts.Help(Language.Spanish, Contact)), await sms.SayOneAsync(keyword));
    }

    [Fact]
    public async Task Help_after_an_english_question_answers_in_english()
    {
        using var sms = new SmsConversation(new SmsOptions { HelpContact = Contact });
        await sms.SayOneAsync("What is an ICE detainer?");

        Assert.Equal(SmsReplyTexts.Help(Language.English, Contact), await sms.SayOneAsync("HELP"));
    }

    [Fact]
    public async Task Menu_more_and_stop_after_a_spanish_question_answer_in_spanish()
    {
        using var sms = new SmsConversation();
        await sms.SayOneAsync("¿Qué es un detainer de ICE?");

        Assert.StartsWith(SmsGsm7Folding.Fold(SmsReplyTexts.Welcome(Language.Spanish)), await sms.SayOneAsync("MENU"), StringComparison.Ordinal);
        Assert.Equal(SmsGsm7Folding.Fold(SmsReplyTexts.NothingMore(Language.Spanish)), await sms.SayOneAsync("MORE"));
        Assert.Equal(SmsGsm7Folding.Fold(SmsReplyTexts.Stopped(Language.Spanish)), await sms.SayOneAsync("STOP"));
    }

    [Fact]
    public async Task With_folding_off_spanish_keeps_its_accents_and_costs_ucs2()
    {
        using var folded = new SmsConversation();
        using var kept = new SmsConversation(new SmsOptions { FoldToGsm7 = false });
        const string Question = "¿Qué es un detainer de ICE?";
        var summary = TestKnowledge.Shared.Answers.Ask(Question).Summary!;
        Assert.StartsWith(summary, await kept.SayOneAsync(Question), StringComparison.Ordinal);
        Assert.StartsWith(SmsGsm7Folding.Fold(summary), await folded.SayOneAsync(Question), StringComparison.Ordinal);

        var keptPage = await kept.SayOneAsync("MAS");
        var foldedPage = await folded.SayOneAsync("MAS");

        Assert.Contains(keptPage, c => c is 'á' or 'í' or 'ó' or 'ú');
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(keptPage));
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(foldedPage));
        Assert.True(foldedPage.Length > keptPage.Length, "A GSM-7 page holds more.");
    }
}
