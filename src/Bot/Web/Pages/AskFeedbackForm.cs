namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// "Was this answer helpful?" under a card answer on <c>/ask</c>: a plain POST form with two
/// submit buttons, so it works with JavaScript off. It carries the answer's sealed ticket (what
/// the vote is about) and the page's language; nothing about who asked.
/// </summary>
internal static class AskFeedbackForm
{
    public const string Action = "/ask/feedback";

    public static string Render(PageTexts t, string ticket)
    {
        var h = HtmlDocument.Encoder;
        var f = FeedbackTexts.For(t);
        var lang = t.Language == Knowledge.Text.Language.Spanish ? "<input type=\"hidden\" name=\"lang\" value=\"es\">" : string.Empty;
        return $"""
            <form class="noprint feedback" method="post" action="{Action}"><fieldset><legend>{h.Encode(f.Question)}</legend>
            <input type="hidden" name="ticket" value="{h.Encode(ticket)}">{lang}
            <button type="submit" name="vote" value="{Insights.FeedbackVotes.Helpful}">{h.Encode(f.Helpful)}</button>
            <button type="submit" name="vote" value="{Insights.FeedbackVotes.NotHelpful}">{h.Encode(f.NotHelpful)}</button>
            </fieldset></form>
            """;
    }
}
