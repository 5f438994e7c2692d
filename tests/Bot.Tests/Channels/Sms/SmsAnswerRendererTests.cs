using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

public sealed class SmsAnswerRendererTests
{
    private readonly SmsAnswerRenderer _sms = new(SmsConversation.Links);

    [Fact]
    public void The_app_renders_the_sms_channel_with_it_and_others_with_web_chat()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true };
        var selector = app.Services.GetRequiredService<ReplyRendererSelector>();

        Assert.IsType<SmsAnswerRenderer>(selector.For("sms"));
        Assert.IsType<SmsAnswerRenderer>(selector.For("SMS"));
        Assert.IsType<WebChatAnswerRenderer>(selector.For("webchat"));
        Assert.IsType<WebChatAnswerRenderer>(selector.For("directline"));
    }

    [Fact]
    public void An_answer_is_plain_text_paragraphs_with_a_short_source_line_and_its_follow_ups_as_choices()
    {
        var answer = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");

        var message = _sms.Answer(answer, withNotice: false);

        Assert.Equal(TextFormatTypes.Plain, message.TextFormat);
        Assert.Equal("en", message.Locale);
        Assert.DoesNotContain("\n\n\n", message.Text, StringComparison.Ordinal);
        Assert.All(message.Text.Split("\n\n"), p => Assert.DoesNotContain('\n', p));
        Assert.EndsWith("Facts as of November 2020. Sources: [1] Paper 2020; [2] ACLU 2018; [3] CATO Institute 2019. Reply SOURCES for links.", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Quote!.Text, message.Text, StringComparison.Ordinal);
        // SMS stays short: the card's review date is for the web.
        Assert.NotNull(answer.Review);
        Assert.DoesNotContain("eview", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Notice, message.Text, StringComparison.Ordinal);
        Assert.Equal(answer.FollowUps.Select(f => f.Question), message.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public void The_notice_comes_with_the_carrier_keywords()
    {
        var answer = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");

        var text = _sms.Answer(answer, withNotice: true).Text;

        Assert.EndsWith(answer.Notice + " " + SmsReplyTexts.Keywords(Language.English), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Did_you_mean_offers_both_questions_and_none_of_these()
    {
        var answer = TestKnowledge.Shared.Answers.Ask(TestKnowledge.Shared.DidYouMeanQuestion);
        Assert.NotNull(answer);

        var message = _sms.Answer(answer, withNotice: false);

        Assert.Equal([.. answer.DidYouMean.Select(c => c.Question), BotReplyTexts.NoneOfTheseChoice(Language.English)], message.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public void Sources_lists_every_source_by_its_short_name_and_short_link_and_says_so_when_there_are_none()
    {
        var answer = TestKnowledge.Shared.Answers.Ask("Where can I find free immigration legal help?");

        var text = _sms.Sources(Language.English, answer.Citations).Text;

        Assert.StartsWith(SmsSourceNames.Label(Language.English) + "\n\n", text, StringComparison.Ordinal);
        foreach (var citation in answer.Citations)
        {
            var link = SmsConversation.Links.LinkFor(citation);
            Assert.StartsWith(SmsConversation.PublicBase + "/s/", link, StringComparison.Ordinal);
            Assert.Contains($"\n\n[{citation.Number}] {SmsSourceNames.Short(citation, Language.English)} {link}", text, StringComparison.Ordinal);
            Assert.DoesNotContain(citation.Url!, text, StringComparison.Ordinal);
        }
        Assert.Equal(BotReplyTexts.NoSources(Language.Spanish), _sms.Sources(Language.Spanish, []).Text);
    }

    [Fact]
    public void A_source_with_no_link_gets_its_short_name_only_and_the_paper_links_to_its_passage()
    {
        var paper = new AnswerCitation(1, "paper", "Ending ICE's Use of State and Local Resources", null, null, "2020-11") { PassageId = "paper-010" };
        var chicago = new AnswerCitation(2, "city-of-chicago-v-barr-2020", "City of Chicago v. Barr", null, null, "2020-04");

        var lines = _sms.Sources(Language.English, [paper, chicago]).Text.Split("\n\n");

        var code = SmsShortLinkCodes.For("paper:paper-010");
        Assert.Equal($"[1] Paper 2020 {SmsConversation.PublicBase}/s/{code}", lines[1]);
        Assert.True(SmsConversation.Links.TryResolve(code, out var target));
        Assert.Equal("/paper#paper-010", target);
        Assert.Equal("[2] City of Chicago v. Barr 2020", lines[2]);
    }

    [Fact]
    public void Without_a_public_address_sources_spell_out_their_own_links()
    {
        var sms = new SmsAnswerRenderer(SmsShortLinks.FromSeeds(TestKnowledge.SeedsPath, baseUrl: null));
        var answer = TestKnowledge.Shared.Answers.Ask("Where can I find free immigration legal help?");

        var text = sms.Sources(Language.English, answer.Citations).Text;

        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Number}] {SmsSourceNames.Short(c, Language.English)} {c.Url}", text, StringComparison.Ordinal));
        Assert.DoesNotContain("/s/", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paper", "Ending ICE's Use of State and Local Resources", null, "2020-11", "Paper 2020")]
    [InlineData("a", "Florida Sheriff Worked With ICE", "ACLU", "2018-12-03", "ACLU 2018")]
    [InlineData("b", "Growing the Resistance: How Sanctuary Laws", "Immigrant Legal Resource Center", "2019", "ILRC 2019")]
    [InlineData("c", "City of Chicago v. Barr", "U.S. Court of Appeals for the Seventh Circuit", "2020-04", "City of Chicago v. Barr 2020")]
    [InlineData("d", "National Immigration Legal Services Directory", "Immigration Advocates Network", null, "IAN")]
    [InlineData("e", "No Justice In the Shadows: How America Criminalizes Immigrants", null, "2020", "No Justice 2020")]
    [InlineData("f", "Donald Trump\u2019s Contract with the American Voter", "Donald J. Trump", "2016-10", "Donald J. Trump 2016")]
    public void Short_source_names_are_a_short_publisher_or_title_and_the_year(string id, string title, string? publisher, string? date, string expected) =>
        Assert.Equal(expected, SmsSourceNames.Short(new AnswerCitation(1, id, title, null, publisher, date), Language.English));
}
