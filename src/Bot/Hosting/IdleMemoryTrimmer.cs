using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Hosting;

/// <summary>
/// Gives memory back when the app goes quiet after a busy spell (<see cref="IdleTrimDecision"/>):
/// one aggressive, compacting GC (the managed heap returns its free segments) and a trim of the C
/// library's heap (<see cref="NativeHeap"/>), where the sentence model's run buffers were. A flood
/// of questions otherwise leaves the process tens of MB larger for good. Nothing runs while
/// questions keep coming.
/// </summary>
internal sealed class IdleMemoryTrimmer(IOptions<MemoryOptions> options, TimeProvider time, ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    /// <summary>Allocations a quiet app makes between looks (health checks, timers) stay well under this.</summary>
    private const long QuietBytes = 4L * 1024 * 1024;

    /// <summary>Trims done, for tests.</summary>
    public int Trims { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.TrimWhenIdle)
        {
            return;
        }
        var decision = new IdleTrimDecision(settings.BusyMegabytes * 1024L * 1024L, QuietBytes);
        // Start-up is a busy spell too: loading the sentence model (begun before the host starts,
        // StartLoadingSentenceModel) and opening the index leave ~100 MB in the C heap that the
        // first quiet look gives back (measured: at rest 367 MB without, 268 MB with, docs/performance.md).
        decision.ShouldTrim(0);
        using var timer = new PeriodicTimer(settings.IdleCheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (decision.ShouldTrim(GC.GetTotalAllocatedBytes()))
                {
                    Trim();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void Trim()
    {
        var before = Environment.WorkingSet;
        var watch = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var native = NativeHeap.Trim();
        Trims++;
        logger.LogInformation(
            "Quiet after a busy spell: memory trimmed from {Before} MB to {After} MB in {Milliseconds} ms (C heap trimmed: {Native}).",
            before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024), watch.ElapsedMilliseconds, native);
    }
}
