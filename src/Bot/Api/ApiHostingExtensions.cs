using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Api;

/// <summary>Registers and maps the HTTP APIs beside the chat: <c>/healthz</c>, <c>/api/answer</c>, <c>/admin/index</c> and <c>/metrics</c>.</summary>
public static class ApiHostingExtensions
{
    /// <summary>Registers the admin options (validated on start), the refresh runner and the instances' refresh lock.</summary>
    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .Validate(o => o.IsValid, $"Admin:ApiKey must be at least {AdminOptions.MinKeyLength} characters, or not set at all.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AdminRefreshRunner>();
        builder.Services.AddSingleton<AdminKeyFailures>();
        builder.AddRefreshLock();
        return builder;
    }

    /// <summary>
    /// With Redis configured (<c>Redis:ConnectionString</c>; needs <c>AddRedis</c>), index refreshes
    /// and rollbacks from any instance, the admin API or the command line, take
    /// <see cref="RedisRefreshLock"/> as well as the data folder's build lock: an OS file lock on a
    /// shared network folder may not keep out other hosts. Without Redis the build lock is the only one.
    /// </summary>
    public static IHostApplicationBuilder AddRefreshLock(this IHostApplicationBuilder builder)
    {
        builder.AddSharedOnlyStore<IRefreshLock, RedisRefreshLock>();
        return builder;
    }

    /// <summary>The OpenAPI document of these APIs (see <see cref="ApiDocument"/>).</summary>
    public static IHostApplicationBuilder AddApiDocument(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(ApiDocument.Name, ApiDocument.Configure);
        return builder;
    }

    /// <summary><c>GET /openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        return app;
    }

    /// <summary>The admin API (see <see cref="AdminApi"/>), behind <see cref="AdminKey"/>: 404 when it is off, 401 without the key.</summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/index")
            .AddEndpointFilter<AdminKey>()
            .WithTags(ApiDocument.AdminTag)
            .AddOpenApiOperationTransformer(ApiDocument.RequireAdminKey);
        Guarded(admin.MapGet(string.Empty, AdminApi.Status))
            .WithName("getIndexStatus")
            .WithSummary("The live index version, the kept versions, the sources and the last refresh")
            .WithDescription("The version this replica answers from and the one CURRENT names, when it was built, its documents and source passages, the rollback target, the kept versions, the live version's sources with their status, and this replica's last refresh.");
        Guarded(admin.MapPost("/refresh", AdminApi.RefreshAsync))
            .WithName("refreshIndex")
            .WithSummary("Fetch the sources, rebuild, validate and go live")
            .WithDescription("202 at once (watch GET /admin/index); with wait=true, 200 and the report when live, 422 and the report when nothing changed. 409 when a refresh or build is already running, here or on another instance; 503 when the instances' lock (Redis) cannot be reached.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        Guarded(admin.MapPost("/rollback", AdminApi.RollbackAsync))
            .WithName("rollbackIndex")
            .WithSummary("Make the previous index version live again")
            .WithDescription("200 with the versions it went from and to; 409 when there is no earlier version or a build or refresh is running, here or on another instance; 503 when the instances' lock (Redis) cannot be reached.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>What <see cref="AdminKey"/> answers instead of the endpoint, with no body.</summary>
    private static RouteHandlerBuilder Guarded(RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status404NotFound);


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
        app.MapGet("/api/answer", AnswerApi.Answer)
            .WithName("answerQuestion")
            .WithTags(ApiDocument.AnswersTag)
            .WithSummary("Answer a question, as the chat would")
            .WithDescription("The same JSON object as 'ask --json'. 400 for a missing, blank or over-long question.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(ApiDocument.DescribeQuestion)
            .RequireRateLimiting(RateLimitPolicies.AnswerApi);
        return app;
    }

    /// <summary><c>GET /healthz</c> (see <see cref="HealthApi.Status"/>).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/healthz", HttpMethodsGetHead.Both, HealthApi.Status)
            .WithName("getHealth")
            .WithTags(ApiDocument.HealthTag)
            .WithSummary("Whether the app is up")
            .WithDescription("200 with the live index version and its document count once the index is open.");
        return app;
    }
}
