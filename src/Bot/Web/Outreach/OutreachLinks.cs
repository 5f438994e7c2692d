using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>Builds the shareable links outreach workers hand out: <c>/</c>, <c>/?topic=ID</c>, <c>/embed?topic=ID</c>.</summary>
public sealed class OutreachLinks(IOptions<OutreachOptions> options)
{
    public Uri BaseUrl(HttpRequest request) =>
        options.Value.PublicBaseUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    /// <summary>The chat, opened on a topic's answer when <paramref name="topic"/> is given.</summary>
    public string Chat(HttpRequest request, string? topic) => Link(request, string.Empty, topic);

    /// <summary>The chat-only page for an iframe on a partner's site.</summary>
    public string Embed(HttpRequest request, string? topic) => Link(request, "embed", topic);

    private string Link(HttpRequest request, string path, string? topic)
    {
        var url = new Uri(BaseUrl(request), path).ToString();
        return topic is null ? url : $"{url}?topic={Uri.EscapeDataString(topic)}";
    }
}
