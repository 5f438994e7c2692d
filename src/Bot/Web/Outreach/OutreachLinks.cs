using KnowYourRights.Bot.Hosting;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// Builds the shareable links outreach workers hand out: the chat (<c>/</c>, <c>/?topic=ID</c>),
/// a topic's own page (<c>/topics</c>, <c>/topics/ID</c>) and the chat for an iframe
/// (<c>/embed?topic=ID</c>). They are absolute only when the site's address is known
/// (<see cref="PublicLinks"/>), never from a <c>Host</c> header a stranger could send.
/// </summary>
public sealed class OutreachLinks(PublicLinks links)
{
    /// <summary>True when links are absolute: a QR code or a flyer needs that.</summary>
    public bool AreAbsolute(HttpRequest request) => links.BaseUrl(request) is not null;

    /// <summary>The link to hand out for a topic (or the home page): the chat opened on it, or its own page.</summary>
    public string Share(HttpRequest request, string? topic, OutreachTarget target) =>
        target == OutreachTarget.TopicPage ? TopicPage(request, topic) : Chat(request, topic);

    /// <summary>The chat, opened on a topic's answer when <paramref name="topic"/> is given.</summary>
    public string Chat(HttpRequest request, string? topic) => links.To(request, TopicQuery(topic));

    /// <summary>The chat-only page for an iframe on a partner's site.</summary>
    public string Embed(HttpRequest request, string? topic) => links.To(request, "embed" + TopicQuery(topic));

    /// <summary>A topic's own page (works without JavaScript); the list of topics when there is none.</summary>
    public string TopicPage(HttpRequest request, string? topic) =>
        links.To(request, topic is null ? "topics" : "topics/" + Uri.EscapeDataString(topic));

    private static string TopicQuery(string? topic) => topic is null ? string.Empty : "?topic=" + Uri.EscapeDataString(topic);
}
