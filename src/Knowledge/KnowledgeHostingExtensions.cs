using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge;

public static class KnowledgeHostingExtensions
{
    /// <summary>
    /// Registers the knowledge index (opened once per process, built from the seeds on first
    /// start, switching to newer versions as they go live), the answer service and the index
    /// refresher, the known-words filter of what is written and the knowledge metrics, with options from the "Knowledge" section validated on start.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "Knowledge:DataPath is required.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return KnowledgeIndex.Open(
                options.DataPath, options.SeedsPath, options.BuildWait, options.IndexCheckInterval, options.RetireDelay, sp.GetService<ILogger<KnowledgeIndex>>());
        });
        builder.Services.AddSingleton<AnswerService>();
        builder.Services.AddSingleton<KnownWordsFilter>();
        // Its meter comes from the host's IMeterFactory (registered by every .NET host builder).
        builder.Services.AddSingleton<KnowledgeMetrics>();
        builder.AddKnowledgeRefresh();
        builder.Services.AddHostedService<KnowledgeIndexWarmup>();
        return builder;
    }
}
