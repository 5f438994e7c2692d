using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// The admin API, behind <see cref="AdminKey"/>: <c>GET /admin/index</c> (what is live and how
/// the sources stand), <c>POST /admin/index/refresh</c> (fetch, rebuild, validate, go live) and
/// <c>POST /admin/index/rollback</c>. Off (404) unless <c>Admin:ApiKey</c> is configured.
/// </summary>
public static class AdminApi
{
    /// <summary>Maps the admin API under <c>/admin/index</c>, behind <see cref="AdminKey"/>: 404 when it is off, 401 without the key.</summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/index")
            .AddEndpointFilter<AdminKey>()
            .WithTags(ApiDocument.AdminTag)
            .AddOpenApiOperationTransformer(ApiDocument.RequireAdminKey);
        Guarded(admin.MapGet(string.Empty, Status))
            .WithName("getIndexStatus")
            .WithSummary("The live index version, the kept versions, the sources and the last refresh")
            .WithDescription("The version this replica answers from and the one CURRENT names, when it was built, its documents and source passages, the rollback target, the kept versions, the live version's sources with their status, and this replica's last refresh.");
        Guarded(admin.MapPost("/refresh", RefreshAsync))
            .WithName("refreshIndex")
            .WithSummary("Fetch the sources, rebuild, validate and go live")
            .WithDescription("202 at once (watch GET /admin/index); with wait=true, 200 and the report when live, 422 and the report when nothing changed. 409 when a refresh or build is already running, here or on another instance; 503 when the instances' lock (Redis) cannot be reached.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        Guarded(admin.MapPost("/rollback", RollbackAsync))
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

    internal static AdminIndexStatus Status(KnowledgeIndex index, AdminRefreshRunner runner)
    {
        var snapshot = index.Current;
        var store = index.Store;
        var refresh = IndexRefresher.ReadReport(store, snapshot.Version);
        var last = runner.LastReport;
        return new AdminIndexStatus(
            snapshot.Version,
            store.CurrentVersion(),
            snapshot.Build?.BuiltAt,
            snapshot.DocumentCount,
            snapshot.Build?.SourcePassages ?? 0,
            store.PreviousVersion(),
            store.CompleteVersions().Reverse().Select(v => new AdminIndexVersion(v, store.ReadBuild(v)?.BuiltAt, v == snapshot.Version)).ToList(),
            refresh?.FinishedAt,
            refresh?.Sources ?? [],
            new AdminRefreshState(runner.Running, runner.LastStartedAt, last?.Live, last?.Version, last?.Problem, runner.LastError))
        {
            Agreements = new AdminAgreementList(
                snapshot.Agreements.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                snapshot.Agreements.Participating.Count, snapshot.Agreements.Pending.Count, snapshot.Agreements.PageUrl,
                last?.Agreements ?? refresh?.Agreements),
        };
    }

    /// <summary>
    /// Starts a refresh: 202 at once (watch <c>GET /admin/index</c>), or with <c>wait=true</c> the
    /// report when it ends — 200 live, 422 not live (nothing changed). 409 when one is running in
    /// this process, on this data folder or on another instance; 503 when the instances' lock
    /// (Redis) cannot be reached.
    /// </summary>
    internal static async Task<Results<Accepted<RefreshStarted>, Ok<RefreshReport>, UnprocessableEntity<RefreshReport>, ProblemHttpResult>> RefreshAsync(
        AdminRefreshRunner runner, bool? offline, bool? strict, bool? wait)
    {
        Task<RefreshReport> run;
        try
        {
            run = await runner.StartAsync(new RefreshRequest(Offline: offline ?? false, Strict: strict ?? false));
        }
        catch (IndexBusyException e)
        {
            return Busy(e.Message);
        }
        catch (RefreshLockUnavailableException e)
        {
            return LockUnavailable(e);
        }
        if (wait != true)
        {
            // Observed here so a background failure is logged by the runner, never unobserved.
            _ = run.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            return TypedResults.Accepted("/admin/index", new RefreshStarted(true, "/admin/index"));
        }
        try
        {
            var report = await run;
            if (report.Live)
            {
                return TypedResults.Ok(report);
            }
            return TypedResults.UnprocessableEntity(report);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return TypedResults.Problem(e.Message + " The live index was not changed.", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>Makes the previous version live: 200 with from/to; 409 when there is none or a writer runs here or on another instance; 503 when the instances' lock cannot be reached.</summary>
    internal static async Task<Results<Ok<RollbackResult>, ProblemHttpResult>> RollbackAsync(KnowledgeIndex index, IndexRefresher refresher, KnowledgeMetrics metrics)
    {
        var (result, problem) = await RollBackAsync(index, refresher, metrics);
        return result is not null ? TypedResults.Ok(result) : problem!;
    }

    /// <summary>Makes the previous version live and switches this process to it; else null and the problem to answer with.</summary>
    internal static async Task<(RollbackResult? Result, ProblemHttpResult? Problem)> RollBackAsync(KnowledgeIndex index, IndexRefresher refresher, KnowledgeMetrics metrics)
    {
        try
        {
            var (from, to) = await refresher.RollbackAsync(toVersion: null, CancellationToken.None);
            index.CheckForNewVersion();
            metrics.RolledBack(done: true);
            return (new RollbackResult(from, to), null);
        }
        catch (Exception e) when (e is InvalidOperationException or IndexBusyException or KnowledgeIndexException or RefreshLockUnavailableException)
        {
            metrics.RolledBack(done: false);
            return (null, e is RefreshLockUnavailableException unavailable ? LockUnavailable(unavailable) : Busy(e.Message));
        }
    }

    public sealed record RollbackResult(string? From, string To);

    /// <summary>The body of a 202 from <c>POST /admin/index/refresh</c>: where to watch it.</summary>
    public sealed record RefreshStarted(bool Started, string Status);

    private static ProblemHttpResult Busy(string message) => TypedResults.Problem(message, statusCode: StatusCodes.Status409Conflict);

    private static ProblemHttpResult LockUnavailable(RefreshLockUnavailableException e) =>
        TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
}
