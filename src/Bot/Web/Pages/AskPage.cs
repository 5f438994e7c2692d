using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// <c>/ask?q=</c>: the no-JavaScript way to ask. A plain form; the answer, the "did you mean"
/// choices (as links) or the decline with legal help is written on the server by the same
/// <see cref="AnswerService"/> the bot uses, so the content is the bot's.
/// </summary>
internal static class AskPage
{
    /// <summary>The form alone, with a message when the question could not be taken.</summary>
    public static string Form(PageTexts t, string? problem = null)
    {
        var h = HtmlDocument.Encoder;
        var alert = problem is null ? string.Empty : $"<p class=\"warn\" role=\"alert\">{h.Encode(problem)}</p>";
        var main = $"<h1>{h.Encode(t.AskTitle)}</h1><p>{h.Encode(t.AskIntro)}</p>{alert}{AskForm.Render(t, t.QuestionLabel)}";
        return PageFrame.Render(t, t.AskTitle, "/ask", main);
    }

    /// <summary>The answer to a question, "was this helpful?" when there is a <paramref name="feedbackTicket"/> (card answers), then the form for the next one.</summary>
    public static string Answered(Answer answer, PageTexts t, DateOnly today, string? feedbackTicket = null)
    {
        var h = HtmlDocument.Encoder;
        // Enforcement happening now: the hotline goes above everything else on the page.
        var urgent = answer.Kind == AnswerKinds.Urgent;
        var answerHtml = AnswerHtml.Render(answer, t, today);
        // The question as the answer holds it: personal details already removed.
        var main = $"""
            {(urgent ? answerHtml : string.Empty)}
            <h1>{h.Encode(t.AskTitle)}</h1>
            <p class="meta">{h.Encode(t.YouAsked)} <q lang="{answer.Language}">{h.Encode(answer.Question)}</q></p>
            {(urgent ? string.Empty : $"<h2>{h.Encode(t.AnswerHeading)}</h2>{answerHtml}")}
            {(feedbackTicket is null ? string.Empty : AskFeedbackForm.Render(t, feedbackTicket))}
            {AskForm.Render(t, t.AskAnother, previousCardId: answer.Topic)}
            """;
        return PageFrame.Render(t, t.AskTitle, "/ask", main);
    }
}
