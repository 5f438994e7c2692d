using KnowYourRights.Knowledge.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowYourRights.Knowledge.Refresh;

internal static class RefreshHostingExtensions
{
    /// <summary>Registers the source fetcher and the index refresher, with "Knowledge:Sources" options validated on start.</summary>
    public static IHostApplicationBuilder AddKnowledgeRefresh(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SourceFetchOptions>()
            .BindConfiguration(SourceFetchOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SourceFetcher>();
        builder.Services.AddSingleton<IndexRefresher>();
        return builder;
    }
}
