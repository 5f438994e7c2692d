using KnowYourRights.Bot.Web;
using KnowYourRights.Bot.Web.Pages;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Tests.Web.Pages;

public sealed class AnswerHtmlTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Answer Answer(string text, params AnswerCitation[] citations) => new()
    {
        Question = "q", Answered = true, Kind = AnswerKinds.Card, Text = text, Citations = citations, Notice = "n", Language = "en",
    };

    [Fact]
    public void Citation_markers_link_to_their_source_and_the_paper_to_its_paragraph()
    {
        var html = AnswerHtml.Render(Answer(
            "A detainer is a request. [1][2] Courts said so. [3]",
            new AnswerCitation(1, "paper", "The paper", "/paper#paper-012", null, "2020-11") { PassageId = "paper-012" },
            new AnswerCitation(2, "aclu", "ACLU report", "https://www.aclu.org/x", "ACLU", "2018"),
            new AnswerCitation(3, "case", "A v. B, 1 F.3d 2", null, null, null)), PageTexts.English, Today);

        Assert.Contains("<a href=\"/paper#paper-012\" title=\"The paper\">[1]</a><a href=\"https://www.aclu.org/x\" title=\"ACLU report\">[2]</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#source-3\" title=\"A v. B, 1 F.3d 2\">[3]</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"source-3\">A v. B, 1 F.3d 2</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"source-1\"><a href=\"/paper#paper-012\">The paper</a>, November 2020</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Did_you_mean_and_follow_ups_are_links_to_topic_pages_in_the_pages_language()
    {
        var html = AnswerHtml.Render(Answer("Did you mean…?") with
        {
            Answered = false, Kind = AnswerKinds.DidYouMean,
            DidYouMean = [new AnswerChoice("detainers", "What is an ICE detainer?")],
            FollowUps = [new AnswerChoice("dmv", "Does the DMV share data?")],
        }, PageTexts.Spanish, Today);

        Assert.Contains("<li><a href=\"/topics/detainers?lang=es\">What is an ICE detainer?</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Preguntas que siguen</h2><ul><li><a href=\"/topics/dmv?lang=es\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legal_help_list_becomes_a_list_with_links_and_text_can_never_become_markup()
    {
        var html = AnswerHtml.Render(Answer("Sorry <b>no</b>.\nFor free legal help:\n- Directory: https://example.org/help.\n- Other: https://example.net/"), PageTexts.English, Today);

        Assert.Contains("<p>Sorry &lt;b&gt;no&lt;/b&gt;.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<ul><li>Directory: <a href=\"https://example.org/help\">https://example.org/help</a>.</li><li>Other: <a href=\"https://example.net/\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-07", "en", "Facts as of November 2020. Reviewed December 2026.")]
    [InlineData("2025-12-07", "en", "Facts as of November 2020. Reviewed December 2025; due for review.")]
    [InlineData(null, "en", "Facts as of November 2020. Not yet reviewed; due for review.")]
    [InlineData("2026-06-30", "es", "Información de noviembre de 2020. Revisado en junio de 2026.")]
    [InlineData(null, "es", "Información de noviembre de 2020. Sin revisar todavía; revisión pendiente.")]
    public void A_card_answer_says_when_it_was_reviewed_beside_its_as_of_date_and_when_it_is_due(string? reviewed, string language, string line)
    {
        var on = reviewed is null ? (DateOnly?)null : DateOnly.Parse(reviewed, System.Globalization.CultureInfo.InvariantCulture);
        var answer = Answer("A detainer is a request. [1]") with { AsOf = "2020-11", Language = language, Review = new AnswerReview(on, on?.AddMonths(12)) };

        var html = AnswerHtml.Render(answer, language == "es" ? PageTexts.Spanish : PageTexts.English, Today);

        Assert.Contains($"<p class=\"meta\">{HtmlDocument.Encoder.Encode(line)}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_not_from_a_card_has_no_review_line()
    {
        var html = AnswerHtml.Render(Answer("The paper says so. [1]") with { AsOf = "2020-11", Kind = AnswerKinds.Extractive }, PageTexts.English, Today);

        Assert.Contains("<p class=\"meta\">Facts as of November 2020.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("eview", html, StringComparison.Ordinal);
    }
}
