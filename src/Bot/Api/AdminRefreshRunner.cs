using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Refresh;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// Runs refreshes asked for over HTTP, one at a time per process (the build lock keeps other
/// processes out), off the request, and remembers how the last one went for <c>GET /admin/index</c>.
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

    /// <summary>Starts a refresh unless one is already running in this process (then null).</summary>
    public Task<RefreshReport>? TryStart(RefreshRequest request)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return null;
        }
        LastStartedAt = DateTimeOffset.UtcNow;
        return Task.Run(() => RunAsync(request, lifetime.ApplicationStopping));
    }

    private async Task<RefreshReport> RunAsync(RefreshRequest request, CancellationToken cancel)
    {
        try
        {
            var report = await refresher.RefreshAsync(request, null, cancel);
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
        catch (Exception e) when (e is IndexBusyException or FormatException or IOException or UnauthorizedAccessException or OperationCanceledException)
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
