using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Web.Outreach;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web;

/// <summary>Maps the chat page and its files (see <see cref="WebChatPage"/>).</summary>
public static class WebHostingExtensions
{
    /// <summary>
    /// Serves the static web assets from where the build left them (the project's wwwroot/ and
    /// obj/) in every environment, not only Development, so the Release build runs as it is
    /// (the load test starts it); a published app has them in its own wwwroot/ and has no
    /// build manifest, and then this does nothing.
    /// </summary>
    public static WebApplicationBuilder AddWebChatPage(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        // Under the build's manifest (Development) MapStaticAssets adds a catch-all for files the
        // manifest lacks, which answers 404 where a route exists for another method (405).
        builder.Configuration.AddInMemoryCollection([new("DisableStaticAssetNotFoundRuntimeFallback", "true")]);
        return builder;
    }

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
        app.MapMethods("/", HttpMethodsGetHead.Both, (HttpResponse response) => WebChatPage.Page(response, assets.Value));
        app.MapMethods("/embed", HttpMethodsGetHead.Both, (HttpResponse response, IOptions<OutreachOptions> outreach) => WebChatPage.Embed(response, outreach, assets.Value));
        app.MapGet("/webchat/topics/{id}", WebChatPage.Topic);
        return app;
    }
}
