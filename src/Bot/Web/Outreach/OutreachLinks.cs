using KnowYourRights.Bot.Hosting;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// Builds the shareable links outreach workers hand out: the chat (<c>/</c>, <c>/?topic=ID</c>),
/// a topic's own page (<c>/topics</c>, <c>/topics/ID</c>) and the chat for an iframe
/// (<c>/embed?topic=ID</c>), each with <c>lang=es</c> or <c>lang=en</c> when the worker chose the
/// language it opens in (none: the reader's browser decides). They are absolute only when the
/// site's address is known (<see cref="PublicLinks"/>), never from a <c>Host</c> header a stranger could send.
/// </summary>
public sealed class OutreachLinks(PublicLinks links)
{
    /// <summary>True when links are absolute: a QR code or a flyer needs that.</summary>
    public bool AreAbsolute(HttpRequest request) => links.BaseUrl(request) is not null;

    /// <summary>The link to hand out for a topic (or the home page): the chat opened on it, or its own page.</summary>
    /// <param name="language">"en" or "es" (<see cref="OutreachTargets.ParseLanguage"/>), or null for the reader's browser language.</param>
    public string Share(HttpRequest request, string? topic, OutreachTarget target, string? language = null) =>
        target == OutreachTarget.TopicPage ? TopicPage(request, topic, language) : Chat(request, topic, language);

    /// <summary>The chat, opened on a topic's answer when <paramref name="topic"/> is given.</summary>
    public string Chat(HttpRequest request, string? topic, string? language = null) => links.To(request, Query(topic, language));

    /// <summary>The chat-only page for an iframe on a partner's site.</summary>
    public string Embed(HttpRequest request, string? topic, string? language = null) => links.To(request, "embed" + Query(topic, language));

    /// <summary>A topic's own page (works without JavaScript); the list of topics when there is none.</summary>
    public string TopicPage(HttpRequest request, string? topic, string? language = null) =>
        links.To(request, (topic is null ? "topics" : "topics/" + Uri.EscapeDataString(topic)) + Query(null, language));

    private static string Query(string? topic, string? language)
    {
        var parts = new List<string>(2);
        if (topic is not null)
        {
            parts.Add("topic=" + Uri.EscapeDataString(topic));
        }
        if (language is Language.English or Language.Spanish)
        {
            parts.Add("lang=" + language);
        }
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}
