namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>What an outreach link, QR code or flyer opens (<c>link=chat</c>, <c>link=page</c> or <c>link=whatsapp</c>).</summary>
public enum OutreachTarget
{
    /// <summary>The chat, asking the topic's question (the default).</summary>
    Chat,

    /// <summary>The topic's own page: the answer at once, with JavaScript off and on slow phones.</summary>
    TopicPage,

    /// <summary>WhatsApp, with the topic's question typed in (only with <see cref="OutreachOptions.WhatsAppNumber"/>).</summary>
    WhatsApp,
}
