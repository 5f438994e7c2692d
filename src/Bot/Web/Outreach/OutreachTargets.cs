namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>Reads the <c>link</c> query parameter.</summary>
internal static class OutreachTargets
{
    public const string PageValue = "page";

    public const string WhatsAppValue = "whatsapp";

    public static OutreachTarget Parse(string? link) => link?.Trim().ToLowerInvariant() switch
    {
        PageValue => OutreachTarget.TopicPage,
        WhatsAppValue => OutreachTarget.WhatsApp,
        _ => OutreachTarget.Chat,
    };

    /// <summary>The query string that names a topic and target for the kit's own links (<c>?topic=dmv&amp;link=page</c>).</summary>
    public static string Query(string? topic, OutreachTarget target)
    {
        var parts = new List<string>();
        if (topic is not null)
        {
            parts.Add("topic=" + Uri.EscapeDataString(topic));
        }
        if (target != OutreachTarget.Chat)
        {
            parts.Add("link=" + (target == OutreachTarget.TopicPage ? PageValue : WhatsAppValue));
        }
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}
