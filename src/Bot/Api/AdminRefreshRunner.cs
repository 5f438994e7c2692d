using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Refresh;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// Runs refreshes asked for over HTTP, one at a time per process and, through the refresher's
/// exclusion (the data folder's build lock, and the instances' Redis lock when configured), one
/// at a time across processes and instances; off the request; and remembers how the last one went
/// for <c>GET /admin/index</c>.
/// </summary>
public sealed class AdminRefreshRunner(
    IndexRefresher refresher, KnowledgeIndex index, KnowledgeMetrics metrics, IHostApplicationLifetime lifetime, ILogger<AdminRefreshRunner> log)
{
    private int _running;

    public bool Running => Volatile.Read(ref _running) == 1;

    public DateTimeOffset? LastStartedAt { get; private set; }

    public RefreshReport? LastReport { get; private set; }

    /// <summary>Why the last refresh could not run (busy, unreadable seeds), or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>
    /// Takes the exclusion, then starts the refresh in the background and returns it. Throws
    /// <see cref="IndexBusyException"/> when one already runs in this process, on this data folder
    /// or on another instance, and <see cref="RefreshLockUnavailableException"/> when the
    /// instances' lock cannot be reached — before anything was started, so the caller can say so.
    /// </summary>
    public async Task<Task<RefreshReport>> StartAsync(RefreshRequest request)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            throw new IndexBusyException("A refresh is already running in this process.");
        }
        RefreshExclusion held;
        try
        {
            held = await refresher.ExcludeOthersAsync(lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is IndexBusyException or RefreshLockUnavailableException)
        {
            LastError = e.Message;
            metrics.RefreshDidNotRun();
            log.LogWarning("Index refresh did not run: {Reason}", e.Message);
            Volatile.Write(ref _running, 0);
            throw;
        }
        LastStartedAt = DateTimeOffset.UtcNow;
        return Task.Run(() => RunAsync(held, request, lifetime.ApplicationStopping));
    }

    private async Task<RefreshReport> RunAsync(RefreshExclusion held, RefreshRequest request, CancellationToken cancel)
    {
        try
        {
            RefreshReport report;
            await using (held)
            {
                report = await refresher.RefreshAsync(held, request, null, cancel);
            }
            LastReport = report;
            LastError = null;
            metrics.RefreshFinished(report.Live);
            if (report.Live)
            {
                // This process switches now; other replicas notice CURRENT on their own.
                index.CheckForNewVersion();
                log.LogInformation("Index refresh: {Version} is live ({Failed} source(s) failed).", report.Version, report.Failed);
            }
            else
            {
                log.LogWarning("Index refresh: nothing changed: {Problem}", report.Problem);
            }
            return report;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            LastError = e.Message;
            metrics.RefreshDidNotRun();
            log.LogWarning("Index refresh did not run: {Reason}", e.Message);
            throw;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
