namespace KnowYourRights.Bot.Api;

/// <summary>
/// <c>GET /metrics</c>: the Prometheus scrape of the app's metrics (see <c>AddInsights</c>),
/// behind the same key as the admin API (404 without a configured key, 401 without the key).
/// </summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: branch => branch.Use(AdminKey.GuardAsync), optionsName: null);
        return app;
    }
}
