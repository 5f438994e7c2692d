using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// Writes queued entries to <see cref="InsightsStore"/> off the answer path, in batches. The text
/// is scrubbed of personal details once more (it already was, by the answer service), passed
/// through the <see cref="KnownWordsFilter"/> (a word neither the knowledge nor a common-word list
/// knows is written as […]) and cut to
/// <see cref="InsightsOptions.MaxTextLength"/>. A write that fails is logged without its content
/// and dropped: the insights are never worth an answer.
/// </summary>
public sealed class InsightsWriter(InsightsQueue queue, InsightsStore store, IOptions<InsightsOptions> options, KnownWordsFilter filter, ILogger<InsightsWriter> log) : BackgroundService
{
    /// <summary>Most entries in one transaction (the queue holds at most <see cref="InsightsOptions.QueueCapacity"/>).</summary>
    private const int MaxBatch = 10_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Each write opens the file and commits (a journal and an fsync): its cost is per write, not
        // per entry. Spacing writes by WriteInterval lets a busy spell's entries gather into a few
        // counted rows; a quiet server still writes its first entry at once. The spacing is real
        // time (TimeProvider.System), not the injected clock that dates the rows and that tests move.
        long? lastWrite = null;
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                if (lastWrite is { } last && options.Value.WriteInterval - TimeProvider.System.GetElapsedTime(last) is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait, TimeProvider.System, stoppingToken);
                }
                WriteBatch();
                lastWrite = TimeProvider.System.GetTimestamp();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is already queued is still written below.
        }
        WriteBatch();
    }

    private void WriteBatch()
    {
        while (true)
        {
            var batch = new List<InsightsEntry>();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry with { Text = Clean(entry.Text) });
            }
            if (batch.Count == 0)
            {
                return;
            }
            try
            {
                store.Write(batch);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                // The exception's message names SQLite's error, never a row's content.
                log.LogWarning("Insights: {Count} entries could not be written ({Error}).", batch.Count, e.Message);
            }
        }
    }

    private string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var scrubbed = filter.Filter(PersonalDetails.Scrub(text)).Trim();
        var max = options.Value.MaxTextLength;
        return scrubbed.Length <= max ? scrubbed : scrubbed[..max].TrimEnd() + "…";
    }
}
