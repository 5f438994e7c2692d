using KnowYourRights.Knowledge.Insights;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace KnowYourRights.Bot.Insights;

/// <summary>Registers what the service counts and keeps about the questions it answers (see docs/privacy.md).</summary>
public static class InsightsHostingExtensions
{
    /// <summary>Meters whose instruments carry no identifier: this app's, ASP.NET Core's own and the runtime's.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        KnowledgeMetrics.MeterName, InsightsQueue.MeterName,
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime",
    ];

    /// <summary>
    /// The insights options (validated on start), the recorder the channels call, the bounded
    /// queue and its background writer, the daily retention job, and OpenTelemetry metrics with
    /// the Prometheus exporter (mapped on <c>/metrics</c> behind the admin key by the API); and
    /// the feedback options (validated on start), the tickets that seal a card answer for a vote
    /// and the recorder of votes.
    /// </summary>
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InsightsOptions>()
            .BindConfiguration(InsightsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InsightsQueue>();
        services.AddSingleton<InsightsStore>();
        services.AddSingleton<InsightsRetention>();
        services.AddSingleton<QuestionRecorder>();
        services.AddOptions<FeedbackOptions>()
            .BindConfiguration(FeedbackOptions.Section)
            .Validate(o => o.HasValidLifetime, "Feedback:TicketLifetime: more than zero and at most 30 days.")
            .ValidateOnStart();
        // The tickets are sealed with the keys that also sign the admin cookie.
        services.AddDataProtection();
        services.AddSingleton<FeedbackTickets>();
        services.AddSingleton<FeedbackRecorder>();
        if (builder.Configuration.GetValue(InsightsOptions.Section + ":" + nameof(InsightsOptions.Enabled), true))
        {
            services.AddHostedService<InsightsWriter>();
            services.AddHostedService(sp => sp.GetRequiredService<InsightsRetention>());
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter([.. Meters])
            // Made when the provider is, so the live index's gauges exist before the first question.
            .AddInstrumentation(sp => sp.GetRequiredService<KnowledgeMetrics>())
            // Each scrape reads the counters afresh (the default caches a scrape for 300 ms).
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }
}
