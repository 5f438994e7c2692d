using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Hosting;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Bot.Web.Outreach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web;

/// <summary>
/// The chat page at <c>/</c>: Microsoft's Web Chat client (fetched at build time, see
/// WebChat.targets) talking to the embedded Direct Line on the same origin. The pages come from
/// the app's own <c>web/</c> folder; their scripts and styles are static web assets under
/// <c>/webchat/</c> (fingerprinted, precompressed, see <see cref="WebChatAssetUrls"/>). The
/// Content-Security-Policy lets the page reach nothing else, so a visit is never disclosed to a
/// third party (no CDN, no fonts, no analytics).
/// </summary>
public static class WebChatPage
{
    /// <summary>
    /// Only our origin; inline styles because Web Chat injects its styles at run time. Forms go to
    /// this site only: the first reply's question box asks on <c>/ask</c> before Web Chat has loaded.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors ";

    /// <summary><c>/</c>, <c>/embed</c>, the static web assets under <c>/webchat/</c> and <c>/webchat/topics/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        // Web Chat's script, chat.js and chat.css: precompressed (Brotli, gzip) at build, with
        // ETags; their fingerprinted URLs are immutable for a year. Only files in the build's manifest are served.
        app.MapStaticAssets().Add(endpoint =>
        {
            var serve = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return serve(context);
            };
        });
        // Made on the first page view, once every endpoint is mapped.
        var assets = new Lazy<WebChatAssetUrls>(() => new WebChatAssetUrls(app.DataSources));
        app.MapMethods("/", HttpMethodsGetHead.Both, (HttpRequest request, TopicMenu menu) => Page(request, menu, assets.Value));
        app.MapMethods("/embed", HttpMethodsGetHead.Both, (HttpRequest request, TopicMenu menu, IOptions<OutreachOptions> outreach) => Embed(request, menu, outreach, assets.Value));
        app.MapGet("/webchat/topics/{id}", Topic);
        return app;
    }

    private static readonly string WebRoot = Path.Combine(AppContext.BaseDirectory, "web");

    /// <summary><c>GET /</c>: the full chat page, which no site may frame (no clickjacking of the real site).</summary>
    public static Results<ContentHttpResult, NotFound> Page(HttpRequest request, TopicMenu menu, WebChatAssetUrls assets)
    {
        request.HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy + "'none'";
        return Serve("index.html", assets, request, menu);
    }

    /// <summary><c>GET /embed</c>: the chat for an iframe; who may frame it is the outreach kit's setting (Outreach:FrameAncestors).</summary>
    public static Results<ContentHttpResult, NotFound> Embed(HttpRequest request, TopicMenu menu, IOptions<OutreachOptions> outreach, WebChatAssetUrls assets)
    {
        request.HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy + FrameAncestors(outreach.Value.FrameAncestors);
        return Serve("embed.html", assets, request, menu);
    }

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

    /// <summary>
    /// The page in the browser's language (see <see cref="ChatPageTexts.For"/>) with the bot's
    /// welcome and topic menu already in it, linking each script and style by its fingerprinted URL
    /// (cached for a year by the browser; the page itself is revalidated).
    /// </summary>
    private static Results<ContentHttpResult, NotFound> Serve(string name, WebChatAssetUrls assets, HttpRequest request, TopicMenu menu)
    {
        var file = Path.Combine(WebRoot, name);
        if (!File.Exists(file))
        {
            return TypedResults.NotFound();
        }
        var texts = ChatPageTexts.For(request);
        var response = request.HttpContext.Response;
        // Revalidate every time, so a new build's page (and the new files it names) is never mixed with old ones.
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept-Language";
        var html = texts.Fill(File.ReadAllText(file), ChatFirstReply.Render(texts, menu.Choices(texts.Language)));
        return TypedResults.Text(assets.Rewrite(html), "text/html; charset=utf-8");
    }
}
