using System.Text;
using KnowYourRights.Knowledge.Answers;
using System.Text.Encodings.Web;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// The outreach page: a plain form (works without JavaScript) to pick a topic, then the link,
/// the embed snippet, the QR code and the flyer for it. JavaScript only adds copy buttons.
/// </summary>
internal static class OutreachPage
{
    /// <summary>Why there is no QR code or flyer: links would be relative, or taken from a Host header anyone can send.</summary>
    public const string NoPublicAddress =
        "This site's public address is not set, so links here are only paths and there is no QR code or flyer. Ask the site's admin to set App:PublicBaseUrl.";

    /// <summary>The copy buttons: the only script, allowed by its hash; the word it shows after copying comes from the button.</summary>
    private const string CopyScript = """
        document.querySelectorAll('[data-copy]').forEach(function (button) {
          button.addEventListener('click', function () {
            var field = document.getElementById(button.dataset.copy);
            navigator.clipboard.writeText(field.value).then(function () { button.textContent = button.dataset.copied; });
          });
        });
        """;

    private static HtmlEncoder H => HtmlDocument.Encoder;

    /// <summary>The WhatsApp section: the <c>wa.me</c> link that types the topic's question, and its QR code; empty without a number.</summary>
    private static string WhatsApp(AnswerCard? card, string? language, OutreachOptions options, OutreachTexts t)
    {
        if (string.IsNullOrEmpty(options.WhatsAppNumber))
        {
            return string.Empty;
        }
        var asked = language ?? t.Language;
        var link = WhatsAppLink.ForTopic(options.WhatsAppNumber, card, asked);
        var question = card is null ? null : asked == Language.Spanish ? card.QuestionEs ?? card.Question : card.Question;
        var qr = H.Encode(OutreachTargets.Query(card?.Id, OutreachTarget.WhatsApp, asked == Language.Spanish ? Language.Spanish : null));
        return $$"""
            <h2>WhatsApp</h2>
            <p>{{t.WhatsAppIntro(OutreachPhone.Link(options.WhatsAppNumber), question is null ? null : H.Encode(question))}}</p>
            <label for="whatsapp">{{H.Encode(t.WhatsAppLabel)}}</label>
            <div class="row"><input type="text" id="whatsapp" readonly value="{{H.Encode(link)}}"><button type="button" data-copy="whatsapp" data-copied="{{H.Encode(t.Copied)}}">{{H.Encode(t.CopyWhatsApp)}}</button></div>
            <p><a href="{{H.Encode(link)}}">{{H.Encode(t.OpenWhatsApp)}}</a></p>
            <img class="qr" src="/outreach/qr.svg{{qr}}" alt="{{H.Encode(t.WhatsAppQrAlt(link))}}">
            <div class="row">
              <a class="button" href="/outreach/qr.png{{qr}}" download>{{H.Encode(t.DownloadWhatsAppPng)}}</a>
              <a class="button" href="/outreach/qr.svg{{qr}}" download>{{H.Encode(t.DownloadWhatsAppSvg)}}</a>
            </div>
            """;
    }

    /// <param name="language">The language the links open in ("en", "es"), or null for the reader's browser language.</param>
    /// <param name="t">The kit's own words (<see cref="OutreachTexts.For"/>).</param>
    public static OutreachDocument Render(HttpRequest request, AnswerCardCatalog cards, AnswerCard? card, string? unknownTopic, OutreachTarget target, string? language, OutreachTexts t, OutreachLinks links, OutreachOptions options, UrgentHotline? hotline = null)
    {
        var h = H;
        var topic = card?.Id;
        var chat = links.Share(request, topic, target, language);
        var absolute = links.AreAbsolute(request);
        var embed = $"<iframe src=\"{links.Embed(request, topic, language)}\" title=\"{t.WidgetTitle}\" width=\"400\" height=\"600\" style=\"border:1px solid #ccc;border-radius:8px\"></iframe>";
        var query = OutreachTargets.Query(topic, target, language);
        var optionsHtml = new StringBuilder($"<option value=\"\"{(topic is null ? " selected" : string.Empty)}>{h.Encode(t.NoTopic)}</option>");
        foreach (var (id, name) in cards.Cards
            .Select(c => (c.Id, Name: t.Language == Language.Spanish ? c.QuestionEs ?? c.Topic : c.Topic))
            .OrderBy(c => c.Name.TrimStart('¿', '¡'), StringComparer.OrdinalIgnoreCase))
        {
            optionsHtml.Append($"<option value=\"{h.Encode(id)}\"{(id == topic ? " selected" : string.Empty)}>{h.Encode(name)}</option>");
        }
        var warning = unknownTopic is null ? string.Empty : $"<p class=\"warn\" role=\"alert\">{t.UnknownTopic(h.Encode(unknownTopic))}</p>";
        var targets = string.Concat(new[] { (OutreachTarget.Chat, "chat", t.ChatTarget), (OutreachTarget.TopicPage, OutreachTargets.PageValue, t.PageTarget) }
            .Select(o => $"<option value=\"{o.Item2}\"{(o.Item1 == target ? " selected" : string.Empty)}>{h.Encode(o.Item3)}</option>"));
        var languages = string.Concat(new[] { (string.Empty, t.BrowserLanguage), (Language.English, "English"), (Language.Spanish, "Español") }
            .Select(o => $"<option value=\"{o.Item1}\"{(o.Item1 == (language ?? string.Empty) ? " selected" : string.Empty)}{(o.Item1 == Language.Spanish ? " lang=\"es\"" : o.Item1 == Language.English ? " lang=\"en\"" : string.Empty)}>{h.Encode(o.Item2)}</option>"));
        var qr = absolute
            ? $$"""
              <img class="qr" src="/outreach/qr.svg{{h.Encode(query)}}" alt="{{h.Encode(t.QrAlt(chat))}}">
              <div class="row">
                <a class="button" href="/outreach/qr.png{{h.Encode(query)}}" download>{{h.Encode(t.DownloadPng)}}</a>
                <a class="button" href="/outreach/qr.svg{{h.Encode(query)}}" download>{{h.Encode(t.DownloadSvg)}}</a>
                <a class="button" href="/outreach/flyer{{h.Encode(query)}}">{{h.Encode(t.OpenFlyer)}}</a>
              </div>
              """
            : $"<p class=\"warn\">{h.Encode(t.NoPublicAddress)}</p>";
        var urgent = hotline is null
            ? string.Empty
            : $"<h2>{h.Encode(t.HotlineHeading)}</h2><p>{t.Hotline(hotline)}</p>";
        var whatsApp = WhatsApp(card, language, options, t);
        var phone = string.IsNullOrEmpty(options.VoiceNumber)
            ? string.Empty
            : $"<h2>{h.Encode(t.PhoneHeading)}</h2><p>{t.PhoneLine(OutreachPhone.Link(options.VoiceNumber))}</p>";

        const string Css = """
              body { font: 17px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 46rem; padding: 1rem; }
              h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
              label { font-weight: 600; display: block; margin-bottom: .3rem; }
              select, input, textarea, button { font: inherit; }
              select, textarea, input[type=text] { width: 100%; box-sizing: border-box; padding: .5rem; border: 1px solid #555; border-radius: 6px; }
              button, .button { background: #0b5394; color: #fff; border: 0; border-radius: 6px; padding: .5rem 1rem; text-decoration: none; display: inline-block; cursor: pointer; }
              button:focus, .button:focus, select:focus, textarea:focus, input:focus, a:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
              .row { display: flex; gap: .5rem; align-items: center; margin: .5rem 0; flex-wrap: wrap; }
              .warn { background: #fff4e5; border-left: 4px solid #b35c00; padding: .5rem; }
              img.qr { width: 12rem; height: 12rem; image-rendering: pixelated; }
              a { color: #0b5394; }
            """;
        return OutreachDocument.Create(t.Title, Css, $$"""
            <main>
            <h1>{{h.Encode(t.Title)}}</h1>
            <p>{{h.Encode(t.Intro)}}</p>
            {{warning}}
            <form method="get" action="/outreach">
              <label for="topic">{{h.Encode(t.Topic)}}</label>
              <div class="row"><select id="topic" name="topic">{{optionsHtml}}</select></div>
              <label for="target">{{h.Encode(t.LinkTo)}}</label>
              <div class="row"><select id="target" name="link">{{targets}}</select></div>
              <label for="lang">{{h.Encode(t.LinkLanguage)}}</label>
              <div class="row"><select id="lang" name="lang">{{languages}}</select><button type="submit">{{h.Encode(t.Show)}}</button></div>
            </form>

            <h2>{{h.Encode(t.LinkHeading)}}</h2>
            <label for="link">{{h.Encode(t.LinkLabel)}}</label>
            <div class="row"><input type="text" id="link" readonly value="{{h.Encode(chat)}}"><button type="button" data-copy="link" data-copied="{{h.Encode(t.Copied)}}">{{h.Encode(t.CopyLink)}}</button></div>

            <h2>{{h.Encode(t.WidgetHeading)}}</h2>
            <label for="embed">{{h.Encode(t.WidgetLabel)}}</label>
            <textarea id="embed" rows="3" readonly>{{h.Encode(embed)}}</textarea>
            <div class="row"><button type="button" data-copy="embed" data-copied="{{h.Encode(t.Copied)}}">{{h.Encode(t.CopyEmbed)}}</button></div>

            <h2>{{h.Encode(t.QrHeading)}}</h2>
            {{qr}}
            {{whatsApp}}
            {{phone}}
            {{urgent}}
            </main>
            """, CopyScript, t.Language);
    }
}
