namespace KnowYourRights.Bot.Web;

/// <summary>Registers the chat page's static web assets; its routes are in <see cref="WebChatPage"/>.</summary>
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
}
