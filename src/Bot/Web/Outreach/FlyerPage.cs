using System.Text.Encodings.Web;
using KnowYourRights.Bot.Channels.Shared;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>A one-page printable flyer: the QR code, a one-line pitch, the topic, the SMS number, the WhatsApp link and its QR code, the phone line's number, and the not-legal-advice line.</summary>
internal static class FlyerPage
{
    /// <summary>The print button: the only script, allowed by its hash (an inline onclick would need 'unsafe-inline').</summary>
    private const string PrintScript = "document.getElementById('print').addEventListener('click', function () { window.print(); });";

    /// <param name="hotline">The rapid-response hotline (<c>Urgent:</c> configuration), printed when configured.</param>
    public static OutreachDocument Render(string link, AnswerCard? card, OutreachOptions options, UrgentHotline? hotline = null)
    {
        var h = HtmlEncoder.Default;
        // Every line in English, then in Spanish: a flyer is handed to people who read either.
        var topic = card is null ? string.Empty
            : $"<p class=\"topic\">{h.Encode(card.Question)}{(string.IsNullOrWhiteSpace(card.QuestionEs) ? string.Empty : $"<br><span lang=\"es\">{h.Encode(card.QuestionEs)}</span>")}</p>";
        var keyword = string.IsNullOrWhiteSpace(options.SmsKeyword) ? null : $"<strong>{h.Encode(options.SmsKeyword)}</strong>";
        var sms = string.IsNullOrWhiteSpace(options.SmsNumber)
            ? string.Empty
            : $"<p class=\"sms\">Or text {keyword ?? "your question"} to <strong>{h.Encode(options.SmsNumber)}</strong>"
              + $"<br><span lang=\"es\">O mande {keyword ?? "su pregunta"} por texto al <strong>{h.Encode(options.SmsNumber)}</strong></span></p>";
        // WhatsApp with the topic's question typed in, unless the flyer's own code is that link already.
        var whatsAppLink = string.IsNullOrEmpty(options.WhatsAppNumber) ? null : WhatsAppLink.ForTopic(options.WhatsAppNumber, card);
        var whatsApp = whatsAppLink is null || whatsAppLink == link
            ? string.Empty
            : $"<div class=\"whatsapp\"><p>Or ask on WhatsApp: <strong>{h.Encode(PhoneNumbers.ForDisplay(options.WhatsAppNumber!))}</strong>"
              + $"<br><span lang=\"es\">O pregunte por WhatsApp: <strong>{h.Encode(PhoneNumbers.ForDisplay(options.WhatsAppNumber!))}</strong></span></p>"
              + $"<div class=\"qr small\" role=\"img\" aria-label=\"QR code that opens WhatsApp: {h.Encode(whatsAppLink)}\">{QrCodes.Svg(whatsAppLink)}</div>"
              + $"<p class=\"link\">{h.Encode(whatsAppLink)}</p></div>";
        var call = string.IsNullOrEmpty(options.VoiceNumber)
            ? string.Empty
            : $"<p class=\"call\">Or call {OutreachPhone.Link(options.VoiceNumber, strong: true)} to hear the answers<br><span lang=\"es\">o llame para escuchar las respuestas en español</span></p>";
        var urgent = hotline is null
            ? string.Empty
            : $"<p class=\"urgent\">ICE at your door or work right now? Call {h.Encode(hotline.Name)}: {OutreachPhone.Link(hotline.Phone, strong: true)}<br><span lang=\"es\">¿La migra en su puerta o trabajo ahora? Llame: {OutreachPhone.Link(hotline.Phone)}</span></p>";
        const string Css = """
              body { font: 20px/1.4 system-ui, sans-serif; color: #000; background: #fff; margin: 0 auto; max-width: 40rem; padding: 1.5rem; text-align: center; }
              h1 { font-size: 2.2rem; margin: .5rem 0; }
              .pitch { font-size: 1.3rem; }
              .topic { font-size: 1.5rem; font-weight: 700; border: 3px solid #000; border-radius: 12px; padding: .6rem; }
              .qr svg { width: 16rem; height: 16rem; }
              .qr.small svg { width: 9rem; height: 9rem; }
              .call a, .urgent a { color: inherit; text-decoration: none; }
              .urgent { border: 3px solid #000; padding: .5rem; font-weight: 700; }
              .link { font-family: ui-monospace, monospace; word-break: break-all; }
              .notice { font-size: .9rem; margin-top: 2rem; }
              .print { margin-top: 1rem; }
              @media print {
                @page { size: letter portrait; margin: 1.5cm; }
                .print { display: none; }
                body { max-width: none; }
              }
            """;
        return OutreachDocument.Create("Flyer", Css, $$"""
            <main>
            <h1>Know your rights <span lang="es">· Conozca sus derechos</span></h1>
            <p class="pitch">Free, private answers about ICE and local police. In plain English and Spanish.<br><span lang="es">Respuestas gratis y privadas sobre ICE y la policía local. En inglés y en español.</span></p>
            {{topic}}
            <div class="qr" role="img" aria-label="QR code that opens {{h.Encode(link)}}">{{QrCodes.Svg(link)}}</div>
            <p>Scan the code with your phone camera, or go to<br><span lang="es">Escanee el código con la cámara de su teléfono, o vaya a</span></p>
            <p class="link">{{h.Encode(link)}}</p>
            {{sms}}
            {{whatsApp}}
            {{call}}
            {{urgent}}
            <p class="notice">{{h.Encode(ReplyTexts.Notice(Language.English))}}<br>{{h.Encode(ReplyTexts.Notice(Language.Spanish))}}</p>
            <p class="print"><button type="button" id="print">Print this flyer</button></p>
            </main>
            """, PrintScript);
    }
}
