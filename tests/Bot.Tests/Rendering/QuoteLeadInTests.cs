using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Web.Pages;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Bot.Tests.Rendering;

/// <summary>
/// A quote of an English source inside a Spanish answer is introduced in Spanish, saying it is in
/// English, in every renderer that shows quotes: Web Chat, the simple pages (/ask, topic pages).
/// </summary>
public sealed class QuoteLeadInTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private const string Quote = "A detainer is a request that the jail hold a person.";

    [Theory]
    [InlineData(Language.Spanish, true, null, "El documento dice, en inglés (\"Ending ICE's Use of State and Local Resources\"):")]
    [InlineData(Language.Spanish, false, "ACLU report", "El documento dice, en inglés (\"ACLU report\"):")]
    [InlineData(Language.Spanish, false, null, "El documento dice, en inglés:")]
    [InlineData(Language.English, true, null, "From the paper \"Ending ICE's Use of State and Local Resources\":")]
    [InlineData(Language.English, false, "ACLU report", "From \"ACLU report\":")]
    public void The_lead_in_is_in_the_answers_language_and_names_the_source(string language, bool fromPaper, string? title, string expected) =>
        Assert.Equal(expected, QuoteLeadIn.For(language, fromPaper, title));

    [Fact]
    public void A_quote_from_a_cited_source_other_than_the_paper_is_introduced_with_that_sources_title()
    {
        var answer = Spanish() with { Quote = new AnswerQuote(Quote, "aclu") };

        Assert.Equal("El documento dice, en inglés (\"ACLU report\"):", QuoteLeadIn.For(answer));
        Assert.Equal(string.Empty, QuoteLeadIn.For(Spanish()));
    }

    [Fact]
    public void Web_chat_introduces_the_english_quote_of_a_spanish_answer_in_spanish()
    {
        var text = new WebChatAnswerRenderer(new FakeTimeProvider()).Answer(Spanish() with { Quote = new AnswerQuote(Quote, "paper") }, withNotice: false).Text;

        Assert.Contains("> El documento dice, en inglés", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("El documento dice", StringComparison.Ordinal) < text.IndexOf(Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void The_simple_pages_introduce_it_in_spanish_and_mark_only_the_quoted_words_as_english()
    {
        var html = AnswerHtml.Render(Spanish() with { Quote = new AnswerQuote(Quote, "paper") }, PageTexts.Spanish, Today);

        Assert.Contains("<blockquote><p>El documento dice, en inglés (&quot;Ending ICE&#x27;s Use of State and Local Resources&quot;):</p><p lang=\"en\">\u201C" + Quote, html, StringComparison.Ordinal);
    }

    private static Answer Spanish() => new()
    {
        Question = "¿Qué es un detainer?",
        Answered = true,
        Kind = AnswerKinds.Card,
        Text = "Un detainer es una petición de ICE. [1]",
        Citations =
        [
            new AnswerCitation(1, "paper", "The paper", "/paper#paper-012", null, "2020-11"),
            new AnswerCitation(2, "aclu", "ACLU report", "https://www.aclu.org/x", "ACLU", "2018"),
        ],
        AsOf = "2020-11",
        Notice = ReplyTexts.Notice(Language.Spanish),
        Language = Language.Spanish,
    };
}
