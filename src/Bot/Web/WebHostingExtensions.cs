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
    /// <remarks>
    /// The README's <c>dotnet run</c> serves what a deployment serves: the build's gzip copies and
    /// the manifest's cache lifetimes (fingerprinted URLs immutable for a year). Left alone, .NET 10
    /// patches a build manifest's endpoints at run time (<c>ReloadStaticAssetsAtRuntime</c>): a file
    /// whose size or time differs from the manifest's, as Web Chat's copied script does, is sent
    /// gzip-framed but uncompressed (3.9 MB instead of 0.96 MB), and Development marks every file
    /// no-cache. An asset edited in wwwroot/ is then served after the next build, which the pages
    /// need anyway for its new fingerprint. Either setting can be turned back on in configuration.
    /// </remarks>
    public static WebApplicationBuilder AddWebChatPage(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        var defaults = new Dictionary<string, string?>
        {
            // Under the build's manifest MapStaticAssets adds a catch-all for files the manifest
            // lacks, which answers 404 where a route exists for another method (405).
            ["DisableStaticAssetNotFoundRuntimeFallback"] = "true",
            ["ReloadStaticAssetsAtRuntime"] = "false",
            ["EnableStaticAssetsDevelopmentCaching"] = "true",
        };
        builder.Configuration.AddInMemoryCollection(defaults.Where(setting => builder.Configuration[setting.Key] is null));
        return builder;
    }
}
