using System.Text.Encodings.Web;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// The outreach kit's own words, in English and Spanish: many outreach workers read Spanish first.
/// The kit speaks the language of <c>?lang=</c> when given, else the browser's (as the chat page
/// does, <see cref="ChatPageTexts.For"/>). Strings that hold HTML take already-encoded parts.
/// </summary>
internal sealed class OutreachTexts
{
    public static readonly OutreachTexts English = new(Knowledge.Text.Language.English);
    public static readonly OutreachTexts Spanish = new(Knowledge.Text.Language.Spanish);

    private OutreachTexts(string language) => Language = language;

    /// <summary>"en" or "es".</summary>
    public string Language { get; }

    private bool Es => Language == Knowledge.Text.Language.Spanish;

    /// <summary>The kit's words for the request: <c>?lang=es|en</c>, else the browser's first preference of the two, else English.</summary>
    public static OutreachTexts For(HttpRequest request) =>
        ChatPageTexts.For(request).Language == Knowledge.Text.Language.Spanish ? Spanish : English;

    public string Title => Es ? "Kit para promotores" : "Outreach kit";

    public string Intro => Es
        ? "Comparta el chat Conozca sus derechos: un enlace, un recuadro para su sitio web o un código QR para un volante. Elija un tema para abrir el chat en esa respuesta, o enlace a la página del tema."
        : "Share the Know Your Rights chat: a link, a widget for your website, or a QR code for a flyer. Choose a topic to open the chat on that answer, or link to the topic's own page.";

    public string NoPublicAddress => Es
        ? "La dirección pública de este sitio no está configurada. Por eso los enlaces aquí son solo rutas y no hay código QR ni volante. Pida a quien administra el sitio que configure App:PublicBaseUrl."
        : OutreachPage.NoPublicAddress;

    public string UnknownTopic(string encodedTopic) => Es
        ? $"No hay un tema “{encodedTopic}”. Se muestra el enlace a la página principal."
        : $"There is no topic “{encodedTopic}”. Showing the home page link.";

    public string Topic => Es ? "Tema" : "Topic";

    public string NoTopic => Es ? "Sin tema (el menú de bienvenida)" : "No topic (the welcome menu)";

    public string LinkTo => Es ? "Enlazar a" : "Link to";

    public string ChatTarget => Es ? "El chat, con la pregunta del tema" : "The chat, asking the topic's question";

    public string PageTarget => Es ? "La página del tema (sirve en teléfonos lentos, sin JavaScript)" : "The topic's own page (works on slow phones, no JavaScript)";

    /// <summary>The choice of the language the links open in.</summary>
    public string LinkLanguage => Es ? "Idioma de lo que abre el enlace" : "Language the link opens in";

    public string BrowserLanguage => Es ? "El del navegador de quien lo abre" : "The reader's browser language";

    public string Show => Es ? "Mostrar" : "Show";

    public string LinkHeading => Es ? "Enlace" : "Link";

    public string LinkLabel => Es ? "Comparta este enlace en un mensaje" : "Share this link in a message";

    public string CopyLink => Es ? "Copiar enlace" : "Copy link";

    public string Copied => Es ? "Copiado" : "Copied";

    public string WidgetHeading => Es ? "Recuadro para su sitio web" : "Website widget";

    public string WidgetLabel => Es ? "Pegue esto en su página web" : "Paste this into your web page";

    public string CopyEmbed => Es ? "Copiar código" : "Copy embed code";

    /// <summary>The iframe's title, read by screen readers on the partner's page.</summary>
    public string WidgetTitle => Es ? "Chat Conozca sus derechos" : "Know your rights chat";

    public string QrHeading => Es ? "Código QR" : "QR code";

    public string QrAlt(string link) => Es ? $"Código QR que abre {link}" : $"QR code that opens {link}";

    public string DownloadPng => Es ? "Descargar PNG" : "Download PNG";

    public string DownloadSvg => Es ? "Descargar SVG" : "Download SVG";

    public string OpenFlyer => Es ? "Abrir volante para imprimir" : "Open printable flyer";

    /// <summary>The WhatsApp section's first line; <paramref name="phoneLink"/> is HTML, <paramref name="encodedQuestion"/> encoded (null: no topic).</summary>
    public string WhatsAppIntro(string phoneLink, string? encodedQuestion) => (Es, encodedQuestion) switch
    {
        (true, null) => $"También se puede preguntar por WhatsApp, al {phoneLink}. Este enlace abre WhatsApp con MENU escrito, que muestra los temas.",
        (true, _) => $"También se puede preguntar por WhatsApp, al {phoneLink}. Este enlace abre WhatsApp con la pregunta del tema escrita: “{encodedQuestion}”.",
        (false, null) => $"People can ask on WhatsApp too, at {phoneLink}. This link opens WhatsApp with MENU typed in, which shows the topics.",
        (false, _) => $"People can ask on WhatsApp too, at {phoneLink}. This link opens WhatsApp with the topic's question typed in: “{encodedQuestion}”.",
    };

    public string WhatsAppLabel => Es ? "Enlace de WhatsApp" : "WhatsApp link";

    public string CopyWhatsApp => Es ? "Copiar enlace de WhatsApp" : "Copy WhatsApp link";

    public string OpenWhatsApp => Es ? "Abrir en WhatsApp" : "Open in WhatsApp";

    public string WhatsAppQrAlt(string link) => Es ? $"Código QR que abre WhatsApp: {link}" : $"QR code that opens WhatsApp: {link}";

    public string DownloadWhatsAppPng => Es ? "Descargar PNG de WhatsApp" : "Download WhatsApp PNG";

    public string DownloadWhatsAppSvg => Es ? "Descargar SVG de WhatsApp" : "Download WhatsApp SVG";

    public string PhoneHeading => Es ? "Línea telefónica" : "Phone line";

    public string PhoneLine(string phoneLink) => Es
        ? $"Para quien prefiere escuchar que leer: llame al {phoneLink} para oír las respuestas, en inglés o en español. El volante también muestra el número."
        : $"For people who would rather listen than read: call {phoneLink} to hear the answers, in English or Spanish. The flyer shows the number too.";

    public string HotlineHeading => Es ? "Línea de respuesta rápida" : "Rapid-response hotline";

    public string Hotline(UrgentHotline hotline)
    {
        var name = HtmlEncoder.Default.Encode(hotline.Name);
        var phone = OutreachPhone.Link(hotline.Phone);
        return Es
            ? $"Cuando alguien escribe que ICE está ahora en su puerta o trabajo, el bot primero le da {name}: {phone}. El volante también lo muestra."
            : $"When someone writes that ICE is at their door or work now, the bot answers first with {name}: {phone}. The flyer shows it too.";
    }
}
