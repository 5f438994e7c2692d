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
            new AdminRefreshState(runner.Running, runner.LastStartedAt, last?.Live, last?.Version, last?.Problem, runner.LastError));
    }

    /// <summary>
    /// Starts a refresh: 202 at once (watch <c>GET /admin/index</c>), or with <c>wait=true</c> the
    /// report when it ends — 200 live, 422 not live (nothing changed). 409 when one is running.
    /// </summary>
    internal static async Task<Results<Accepted<RefreshStarted>, Ok<RefreshReport>, UnprocessableEntity<RefreshReport>, ProblemHttpResult>> RefreshAsync(
        AdminRefreshRunner runner, bool? offline, bool? strict, bool? wait)
    {
        var run = runner.TryStart(new RefreshRequest(Offline: offline ?? false, Strict: strict ?? false));
        if (run is null)
        {
            return Busy("A refresh is already running in this process.");
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
        catch (IndexBusyException e)
        {
            return Busy(e.Message);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return TypedResults.Problem(e.Message + " The live index was not changed.", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>Makes the previous version live: 200 with from/to, 409 when there is none or a build runs.</summary>
    internal static Results<Ok<RollbackResult>, ProblemHttpResult> Rollback(KnowledgeIndex index, KnowledgeMetrics metrics) =>
        RollBack(index, metrics, out var problem) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(problem, statusCode: StatusCodes.Status409Conflict);

    /// <summary>Makes the previous version live and switches this process to it; null and why not when it cannot.</summary>
    internal static RollbackResult? RollBack(KnowledgeIndex index, KnowledgeMetrics metrics, out string? problem)
    {
        try
        {
            var (from, to) = IndexRollback.Rollback(index.Store);
            index.CheckForNewVersion();
            metrics.RolledBack(done: true);
            problem = null;
            return new RollbackResult(from, to);
        }
        catch (Exception e) when (e is InvalidOperationException or IndexBusyException or KnowledgeIndexException)
        {
            metrics.RolledBack(done: false);
            problem = e.Message;
            return null;
        }
    }

    public sealed record RollbackResult(string? From, string To);

    /// <summary>The body of a 202 from <c>POST /admin/index/refresh</c>: where to watch it.</summary>
    public sealed record RefreshStarted(bool Started, string Status);

    private static ProblemHttpResult Busy(string message) => TypedResults.Problem(message, statusCode: StatusCodes.Status409Conflict);
}
