using KnowYourRights.Bot.Web.Outreach;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// <c>/topics/{cardId}</c>: one answer card as its own page, exactly as the bot answers it: the
/// question, the answer with its citations as links, the quote, the date, the sources, the next
/// questions as links, an ask box and the FAQ markup. Prints cleanly (no menu, no form).
/// </summary>
internal static class TopicPage
{
    /// <param name="answer">The card's answer from the same <see cref="AnswerService"/> the bot uses.</param>
    /// <param name="url">This page's own address (absolute when the public address is known), for the FAQ markup.</param>
    /// <param name="printFoot">How to reach the service, printed once at the foot (<see cref="PrintContact"/>).</param>
    /// <param name="whatsAppNumber">The WhatsApp sender's number (<c>Outreach:WhatsAppNumber</c>): when set, a <c>wa.me</c> link that asks the question there, and its QR code.</param>
    public static string Render(Answer answer, PageTexts t, string url, DateOnly today, string printFoot = "", string? whatsAppNumber = null)
    {
        var h = HtmlDocument.Encoder;
        var id = Uri.EscapeDataString(answer.CardId!);
        var main = $"""
            <p class="small noprint"><a href="/topics{t.Query}">{h.Encode(t.AllTopics)}</a></p>
            <h1>{h.Encode(answer.Question)}</h1>
            {AnswerHtml.Render(answer, t, today)}
            <p class="noprint"><a href="/?topic={id}">{h.Encode(t.OpenInChat)}</a></p>
            {WhatsApp(answer, t, whatsAppNumber)}
            {AskForm.Render(t, t.AskAnother, previousCardId: answer.CardId)}
            """;
        return PageFrame.Render(t, answer.Question, "/topics/" + id, main, head: FaqJsonLd.Render(answer.Question, answer, url), printFoot: printFoot);
    }

    /// <summary>
    /// The <c>wa.me</c> link, and its QR code folded away (the image, from <c>/outreach/qr.svg</c>,
    /// is fetched only when opened: these pages are for phones with little data).
    /// </summary>
    private static string WhatsApp(Answer answer, PageTexts t, string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return string.Empty;
        }
        var h = HtmlDocument.Encoder;
        var link = WhatsAppLink.To(number, answer.Question);
        var qr = "/outreach/qr.svg" + OutreachTargets.Query(answer.CardId, OutreachTarget.WhatsApp) + "&lang=" + t.Language;
        return $"""
            <p class="noprint"><a href="{h.Encode(link)}">{h.Encode(t.AskOnWhatsApp)}</a></p>
            <details class="noprint"><summary>{h.Encode(t.WhatsAppQr)}</summary><img src="{h.Encode(qr)}" loading="lazy" width="200" height="200" alt="{h.Encode(t.WhatsAppQr)}"></details>
            """;
    }

    /// <summary>The page for an id no card has (served with 404).</summary>
    public static string NotFound(PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var main = $"<h1>{h.Encode(t.NoTopic)}</h1><p><a href=\"/topics{t.Query}\">{h.Encode(t.AllTopics)}</a></p>{AskForm.Render(t, t.QuestionLabel)}";
        return PageFrame.Render(t, t.NoTopic, "/topics", main);
    }
}
