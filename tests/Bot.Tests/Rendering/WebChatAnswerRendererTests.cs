using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Bot.Tests.Rendering;

/// <summary>The Markdown details of web chat replies, on hand-made answers.</summary>
public sealed class WebChatAnswerRendererTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Today);

    private readonly WebChatAnswerRenderer _renderer;

    public WebChatAnswerRendererTests() => _renderer = new WebChatAnswerRenderer(_time);

    [Fact]
    public void A_card_reviewed_within_its_interval_says_when_beside_the_as_of_date()
    {
        var reviewed = new DateOnly(2026, 12, 7);
        var text = _renderer.Answer(Answer("A detainer is a request. [1]") with { Review = new AnswerReview(reviewed, reviewed.AddMonths(12)) }, withNotice: false).Text;

        Assert.Contains("_Facts as of November 2020. Reviewed December 2026._", text, StringComparison.Ordinal);
        Assert.DoesNotContain("due for review", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_past_its_review_says_it_is_due_on_the_renderers_clock()
    {
        var reviewed = new DateOnly(2026, 12, 7);
        var answer = Answer("A detainer is a request. [1]") with { Review = new AnswerReview(reviewed, reviewed.AddMonths(12)) };

        _time.Advance(TimeSpan.FromDays(366));
        var text = _renderer.Answer(answer, withNotice: false).Text;

        Assert.Contains("_Facts as of November 2020. Reviewed December 2026; due for review._", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_never_reviewed_says_so_and_that_it_is_due()
    {
        var text = _renderer.Answer(Answer("A detainer is a request. [1]") with { Review = new AnswerReview(null, null) }, withNotice: false).Text;

        Assert.Contains("_Facts as of November 2020. Not yet reviewed; due for review._", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_that_is_not_a_cards_has_no_review_line()
    {
        var text = _renderer.Answer(Answer("The paper says so. [1]") with { Kind = AnswerKinds.Extractive }, withNotice: false).Text;

        Assert.Contains("_Facts as of November 2020._", text, StringComparison.Ordinal);
        Assert.DoesNotContain("eview", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separates_adjacent_citation_markers_so_markdown_does_not_read_them_as_one_link()
    {
        // "[2][3]" is a full reference link in CommonMark (text "2", label "3").
        var text = _renderer.Answer(Answer("Held on wrong detainers. [2][3]", Cited(2, "https://a.example/"), Cited(3, "https://b.example/")), withNotice: false).Text;

        Assert.Contains("Held on wrong detainers. [2] [3]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_reference_definitions_last_with_escaped_titles()
    {
        var citation = new AnswerCitation(1, "s1", "The \"Quoted\" Report", "https://example.org/a b", "Pub", "2019-08-29");

        var text = _renderer.Answer(Answer("It says so. [1]", citation), withNotice: false).Text;

        Assert.EndsWith("\n\n[1]: https://example.org/a%20b \"The \\\"Quoted\\\" Report\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_list_items_together_and_other_lines_as_paragraphs()
    {
        var answer = Answer("Sorry.\nFor free legal help:\n- One: https://one.example/\n- Two: https://two.example/") with { Answered = false, Kind = AnswerKinds.Decline };

        var text = _renderer.Answer(answer, withNotice: false).Text;

        Assert.Equal("Sorry.\n\nFor free legal help:\n\n- One: https://one.example/\n- Two: https://two.example/", text);
    }

    [Fact]
    public void Escapes_markdown_in_titles_of_sources_without_a_url()
    {
        var text = _renderer.Answer(Answer("A fact. [1]", new AnswerCitation(1, "p", "A *bold* [claim]", null, null, null)), withNotice: false).Text;

        Assert.EndsWith("\\[1\\] A \\*bold\\* \\[claim\\]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Did_you_mean_offers_each_question_and_none_of_these()
    {
        var answer = Answer("Did you mean…?") with
        {
            Answered = false,
            Kind = AnswerKinds.DidYouMean,
            DidYouMean = [new AnswerChoice("a", "What is A?"), new AnswerChoice("b", "What is B?")],
        };

        var reply = _renderer.Answer(answer, withNotice: false);

        Assert.Equal(["What is A?", "What is B?", "None of these"], reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.DoesNotContain("Facts as of", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_the_notice_only_when_asked()
    {
        var answer = Answer("A fact.");

        Assert.Contains(answer.Notice, _renderer.Answer(answer, withNotice: true).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Notice, _renderer.Answer(answer, withNotice: false).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_without_follow_ups_has_no_suggested_actions()
    {
        Assert.Null(_renderer.Answer(Answer("A fact."), withNotice: false).SuggestedActions);
    }

    [Fact]
    public void Handles_every_channel_but_sms()
    {
        Assert.True(_renderer.Handles("webchat"));
        Assert.True(_renderer.Handles("directline"));
        Assert.True(_renderer.Handles("emulator"));
        Assert.False(_renderer.Handles("sms"));
    }

    private static AnswerCitation Cited(int number, string url) => new(number, "s" + number, "Source " + number, url, null, "2020-11");

    private static Answer Answer(string text, params AnswerCitation[] citations) => new()
    {
        Question = "q",
        Answered = true,
        Kind = AnswerKinds.Card,
        Text = text,
        Citations = citations,
        AsOf = "2020-11",
        Notice = ReplyTexts.Notice(Language.English),
        Language = Language.English,
    };
}
