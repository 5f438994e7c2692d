namespace KnowYourRights.Bot.Web.Pages;

/// <summary>What <c>/ask/feedback</c> shows: thanks for a vote (and what was kept), or why it was not counted; then the ask box.</summary>
internal static class AskFeedbackPage
{
    public static string Thanks(PageTexts t, string vote)
    {
        var h = HtmlDocument.Encoder;
        var f = FeedbackTexts.For(t);
        var kept = vote == Insights.FeedbackVotes.NotHelpful ? f.NotHelpfulKept : f.HelpfulKept;
        var main = $"<h1>{h.Encode(f.Title)}</h1><p role=\"status\">{h.Encode(f.Thanks)}</p><p>{h.Encode(kept)}</p>{AskForm.Render(t, t.AskAnother)}";
        return PageFrame.Render(t, f.Title, AskFeedbackForm.Action + "?vote=" + vote, main);
    }

    public static string Problem(PageTexts t, string problem)
    {
        var h = HtmlDocument.Encoder;
        var f = FeedbackTexts.For(t);
        var main = $"<h1>{h.Encode(f.Problem)}</h1><p class=\"warn\" role=\"alert\">{h.Encode(problem)}</p>{AskForm.Render(t, t.AskAnother)}";
        return PageFrame.Render(t, f.Problem, "/ask", main);
    }
}
