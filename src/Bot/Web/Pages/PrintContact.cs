using System.Text;
using KnowYourRights.Bot.Channels.Shared;
using KnowYourRights.Bot.Web.Outreach;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// How to reach the service, printed once at the foot of a topic page and hidden on screen: a
/// printout is handed on, and its reader needs the address (and the phone line, the texting
/// number and a QR code when they are configured) to ask their own questions.
/// </summary>
internal static class PrintContact
{
    /// <param name="siteAddress">The service's absolute address, or null when it is not known (then no address is printed).</param>
    /// <param name="qrSource">The QR code image's URL, or null for none.</param>
    public static string Render(PageTexts t, Uri? siteAddress, OutreachOptions outreach, string? qrSource)
    {
        var h = HtmlDocument.Encoder;
        var lines = new List<string>();
        if (siteAddress is not null)
        {
            lines.Add($"{h.Encode(t.PrintAskMore)} <strong>{h.Encode(siteAddress.ToString())}</strong>");
        }
        if (!string.IsNullOrWhiteSpace(outreach.VoiceNumber))
        {
            lines.Add($"{h.Encode(t.PrintCall)} <strong>{h.Encode(PhoneNumbers.ForDisplay(outreach.VoiceNumber))}</strong>");
        }
        if (!string.IsNullOrWhiteSpace(outreach.SmsNumber))
        {
            lines.Add(h.Encode(string.IsNullOrWhiteSpace(outreach.SmsKeyword)
                ? t.PrintTextNumber(outreach.SmsNumber)
                : t.PrintText(outreach.SmsKeyword, outreach.SmsNumber)));
        }
        if (lines.Count == 0)
        {
            return string.Empty;
        }
        var html = new StringBuilder("<div class=\"print-only print-contact\">");
        foreach (var line in lines)
        {
            html.Append("<p>").Append(line).Append("</p>");
        }
        if (qrSource is not null)
        {
            // Lazy: on screen it is hidden and never fetched; the browser loads it to print.
            html.Append($"<img src=\"{h.Encode(qrSource)}\" alt=\"{h.Encode(t.PrintQr)}\" loading=\"lazy\">");
        }
        return html.Append("</div>").ToString();
    }
}
