using KnowYourRights.Knowledge.Answers;
using System.Text;
using System.Text.Encodings.Web;
using KnowYourRights.Knowledge.Cards;

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

    /// <summary>The copy buttons: the only script, allowed by its hash.</summary>
    private const string CopyScript = """
        document.querySelectorAll('[data-copy]').forEach(function (button) {
          button.addEventListener('click', function () {
            var field = document.getElementById(button.dataset.copy);
            navigator.clipboard.writeText(field.value).then(function () { button.textContent = 'Copied'; });
          });
        });
        """;

    /// <summary>The WhatsApp section: the <c>wa.me</c> link that types the topic's question, and its QR code; empty without a number.</summary>
    private static string WhatsApp(AnswerCard? card, string query, OutreachOptions options)
    {
        if (string.IsNullOrEmpty(options.WhatsAppNumber))
        {
            return string.Empty;
        }
        var h = HtmlEncoder.Default;
        var link = WhatsAppLink.ForTopic(options.WhatsAppNumber, card);
        var qr = h.Encode(OutreachTargets.Query(card?.Id, OutreachTarget.WhatsApp));
        var asks = card is null ? "with MENU typed in, which shows the topics" : $"with the topic's question typed in: “{h.Encode(card.Question)}”";
        return $$"""
            <h2>WhatsApp</h2>
            <p>People can ask on WhatsApp too, at {{OutreachPhone.Link(options.WhatsAppNumber)}}. This link opens WhatsApp {{asks}}.</p>
            <label for="whatsapp">WhatsApp link</label>
            <div class="row"><input type="text" id="whatsapp" readonly value="{{h.Encode(link)}}"><button type="button" data-copy="whatsapp">Copy WhatsApp link</button></div>
            <p><a href="{{h.Encode(link)}}">Open in WhatsApp</a></p>
            <img class="qr" src="/outreach/qr.svg{{qr}}" alt="QR code that opens WhatsApp: {{h.Encode(link)}}">
            <div class="row">
              <a class="button" href="/outreach/qr.png{{qr}}" download>Download WhatsApp PNG</a>
              <a class="button" href="/outreach/qr.svg{{qr}}" download>Download WhatsApp SVG</a>
            </div>
            """;
    }

    public static OutreachDocument Render(HttpRequest request, AnswerCardCatalog cards, AnswerCard? card, string? unknownTopic, OutreachTarget target, OutreachLinks links, OutreachOptions options, UrgentHotline? hotline = null)
    {
        var h = HtmlEncoder.Default;
        var topic = card?.Id;
        var chat = links.Share(request, topic, target);
        var absolute = links.AreAbsolute(request);
        var embed = $"<iframe src=\"{links.Embed(request, topic)}\" title=\"Know your rights chat\" width=\"400\" height=\"600\" style=\"border:1px solid #ccc;border-radius:8px\"></iframe>";
        var query = OutreachTargets.Query(topic, target);
        var optionsHtml = new StringBuilder($"<option value=\"\"{(topic is null ? " selected" : string.Empty)}>No topic (the welcome menu)</option>");
        foreach (var c in cards.Cards.OrderBy(c => c.Topic, StringComparer.OrdinalIgnoreCase))
        {
            optionsHtml.Append($"<option value=\"{h.Encode(c.Id)}\"{(c.Id == topic ? " selected" : string.Empty)}>{h.Encode(c.Topic)}</option>");
        }
        var warning = unknownTopic is null ? string.Empty : $"<p class=\"warn\" role=\"alert\">There is no topic “{h.Encode(unknownTopic)}”. Showing the home page link.</p>";
        var targets = string.Concat(new[] { (OutreachTarget.Chat, "chat", "The chat, asking the topic's question"), (OutreachTarget.TopicPage, OutreachTargets.PageValue, "The topic's own page (works on slow phones, no JavaScript)") }
            .Select(o => $"<option value=\"{o.Item2}\"{(o.Item1 == target ? " selected" : string.Empty)}>{o.Item3}</option>"));
        var qr = absolute
            ? $$"""
              <img class="qr" src="/outreach/qr.svg{{h.Encode(query)}}" alt="QR code that opens {{h.Encode(chat)}}">
              <div class="row">
                <a class="button" href="/outreach/qr.png{{h.Encode(query)}}" download>Download PNG</a>
                <a class="button" href="/outreach/qr.svg{{h.Encode(query)}}" download>Download SVG</a>
                <a class="button" href="/outreach/flyer{{h.Encode(query)}}">Open printable flyer</a>
              </div>
              """
            : $"<p class=\"warn\">{h.Encode(NoPublicAddress)}</p>";
        var urgent = hotline is null
            ? string.Empty
            : $"<h2>Rapid-response hotline</h2><p>When someone writes that ICE is at their door or work now, the bot answers first with {h.Encode(hotline.Name)}: {OutreachPhone.Link(hotline.Phone)}. The flyer shows it too.</p>";
        var whatsApp = WhatsApp(card, query, options);
        var phone = string.IsNullOrEmpty(options.VoiceNumber)
            ? string.Empty
            : $"<h2>Phone line</h2><p>For people who would rather listen than read: call {OutreachPhone.Link(options.VoiceNumber)} to hear the answers, in English or Spanish. The flyer shows the number too.</p>";

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
        return OutreachDocument.Create("Outreach kit", Css, $$"""
            <main>
            <h1>Outreach kit</h1>
            <p>Share the Know Your Rights chat: a link, a widget for your website, or a QR code for a flyer. Choose a topic to open the chat on that answer, or link to the topic's own page.</p>
            {{warning}}
            <form method="get" action="/outreach">
              <label for="topic">Topic</label>
              <div class="row"><select id="topic" name="topic">{{optionsHtml}}</select></div>
              <label for="target">Link to</label>
              <div class="row"><select id="target" name="link">{{targets}}</select><button type="submit">Show</button></div>
            </form>

            <h2>Link</h2>
            <label for="link">Share this link in a message</label>
            <div class="row"><input type="text" id="link" readonly value="{{h.Encode(chat)}}"><button type="button" data-copy="link">Copy link</button></div>

            <h2>Website widget</h2>
            <label for="embed">Paste this into your web page</label>
            <textarea id="embed" rows="3" readonly>{{h.Encode(embed)}}</textarea>
            <div class="row"><button type="button" data-copy="embed">Copy embed code</button></div>

            <h2>QR code</h2>
            {{qr}}
            {{whatsApp}}
            {{phone}}
            {{urgent}}
            </main>
            """, CopyScript);
    }
}
