using System.Collections.Frozen;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Bot.Web.Outreach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowYourRights.Bot.Web;

/// <summary>
/// The chat page at <c>/</c>: Microsoft's Web Chat client (fetched at build time, see
/// WebChat.targets) talking to the embedded Direct Line on the same origin. Every file comes from
/// the app's own <c>web/</c> folder, and the Content-Security-Policy lets the page reach nothing
/// else, so a visit is never disclosed to a third party (no CDN, no fonts, no analytics).
/// </summary>
public static class WebChatPage
{
    /// <summary>Only our origin; inline styles because Web Chat injects its styles at run time.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors ";

    private static readonly string WebRoot = Path.Combine(AppContext.BaseDirectory, "web");

    /// <summary>The files served under <c>/webchat/</c>, and their types: an allow-list, so no path reaches the disk.</summary>
    private static readonly FrozenDictionary<string, string> Assets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["webchat.js"] = "text/javascript; charset=utf-8",
        ["webchat.js.LICENSE.txt"] = "text/plain; charset=utf-8",
        ["chat.js"] = "text/javascript; charset=utf-8",
        ["chat.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>GET /</c>: the full chat page, which no site may frame (no clickjacking of the real site).</summary>
    public static Results<PhysicalFileHttpResult, NotFound> Page(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy + "'none'";
        return Serve("index.html", "text/html; charset=utf-8", response);
    }

    /// <summary><c>GET /embed</c>: the chat for an iframe; who may frame it is the outreach kit's setting (Outreach:FrameAncestors).</summary>
    public static Results<PhysicalFileHttpResult, NotFound> Embed(HttpResponse response, IOptions<OutreachOptions> outreach)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy + FrameAncestors(outreach.Value.FrameAncestors);
        return Serve("embed.html", "text/html; charset=utf-8", response);
    }

    /// <summary><c>GET /webchat/{file}</c>: one of the allow-listed <see cref="Assets"/>, else 404.</summary>
    public static Results<PhysicalFileHttpResult, NotFound> Asset(string file, HttpResponse response) =>
        Assets.TryGetValue(file, out var contentType) ? Serve(file, contentType, response) : TypedResults.NotFound();

    /// <summary>
    /// <c>GET /webchat/topics/{id}</c>: outreach links open the chat on a topic (/?topic=detainers),
    /// and the page asks the topic's question for the user, so the answer comes from the bot like any other.
    /// </summary>
    public static Results<Ok<TopicQuestion>, NotFound> Topic(string id, KnowledgeIndex index) =>
        index.Current.Cards.TryGet(id, out var card) ? TypedResults.Ok(new TopicQuestion(card.Id, card.Question)) : TypedResults.NotFound();

    /// <summary>The configured source list, or any site; one that could break out of the header (';', line breaks) frames nowhere.</summary>
    private static string FrameAncestors(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? "*"
        : configured.IndexOfAny([';', ',', '\r', '\n']) >= 0 ? "'none'"
        : configured.Trim();

    private static Results<PhysicalFileHttpResult, NotFound> Serve(string name, string contentType, HttpResponse response)
    {
        var file = new FileInfo(Path.Combine(WebRoot, name));
        if (!file.Exists)
        {
            return TypedResults.NotFound();
        }
        HtmlDocument.SetPrivacyHeaders(response);
        // Revalidate every time (cheap with the ETag), so a new build's files are never mixed with old ones.
        response.Headers.CacheControl = "no-cache";
        var etag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
        return TypedResults.PhysicalFile(file.FullName, contentType, lastModified: file.LastWriteTimeUtc, entityTag: etag);
    }
}
