using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>Reads the <c>link</c> and <c>lang</c> query parameters.</summary>
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

    /// <summary>"en" or "es" for <c>lang=en</c> or <c>lang=es</c>; null (the reader's browser decides) for none or anything else.</summary>
    public static string? ParseLanguage(string? lang) => lang?.Trim().ToLowerInvariant() switch
    {
        Language.English => Language.English,
        Language.Spanish => Language.Spanish,
        _ => null,
    };

    /// <summary>The query string that names a topic, target and language for the kit's own links (<c>?topic=dmv&amp;link=page&amp;lang=es</c>).</summary>
    public static string Query(string? topic, OutreachTarget target, string? language = null)
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
        if (language is not null)
        {
            parts.Add("lang=" + language);
        }
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}
