using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// Deletes insights rows older than <see cref="InsightsOptions.RetentionDays"/>: once at start,
/// then once a day (on <see cref="TimeProvider"/>'s clock, so tests move it by hand).
/// </summary>
public sealed class InsightsRetention(InsightsStore store, IOptions<InsightsOptions> options, TimeProvider time, ILogger<InsightsRetention> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Deletes what is past retention today; returns how many rows went.</summary>
    public int DeleteExpired()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        // Kept: today and the RetentionDays - 1 days before it.
        return store.DeleteBefore(today.AddDays(1 - options.Value.RetentionDays));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var deleted = DeleteExpired();
                log.LogInformation("Insights retention: {Deleted} rows older than {Days} days deleted.", deleted, options.Value.RetentionDays);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                log.LogWarning("Insights retention failed ({Error}); it is tried again tomorrow.", e.Message);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
