namespace KnowYourRights.Bot.Api;

/// <summary>Registers and maps the HTTP APIs beside the chat: <c>/healthz</c>, <c>/api/answer</c>, <c>/admin/index</c> and <c>/metrics</c>.</summary>
public static class ApiHostingExtensions
{
    /// <summary>Registers the admin options (validated on start) and the refresh runner.</summary>
    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .Validate(o => o.IsValid, $"Admin:ApiKey must be at least {AdminOptions.MinKeyLength} characters, or not set at all.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AdminRefreshRunner>();
        return builder;
    }

    /// <summary>The admin API (see <see cref="AdminApi"/>), behind <see cref="AdminKey"/>.</summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/index").AddEndpointFilter<AdminKey>();
        admin.MapGet(string.Empty, AdminApi.Status);
        admin.MapPost("/refresh", AdminApi.RefreshAsync);
        admin.MapPost("/rollback", AdminApi.Rollback);
        return app;
    }

    /// <summary>
    /// <c>GET /metrics</c>: the Prometheus scrape of the app's metrics (see <c>AddInsights</c>),
    /// behind the same key as the admin API (404 without a configured key, 401 without the key).
    /// </summary>
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: branch => branch.Use(AdminKey.GuardAsync), optionsName: null);
        return app;
    }

    /// <summary><c>GET /api/answer?q=…</c> (see <see cref="AnswerApi.Answer"/>).</summary>
    public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/answer", AnswerApi.Answer);
        return app;
    }

    /// <summary><c>GET /healthz</c> (see <see cref="HealthApi.Status"/>).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", HealthApi.Status);
        return app;
    }
}
