using KnowYourRights.Bot.Insights;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// How often each card was asked for over the insights' retention window, from the existing
/// per-card counts (no new data is kept), for the order of <c>/topics</c>. Read at most once an
/// hour. A card asked for fewer than <see cref="MinimumCount"/> times counts as not asked, so the
/// public order never hints at one person's question; with insights off or unreadable, every card
/// counts as not asked and the curated order stands.
/// </summary>
internal sealed class TopicPopularity(InsightsStore store, IOptions<InsightsOptions> options, TimeProvider time, ILogger<TopicPopularity> logger)
{
    public const int MinimumCount = 5;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private (DateTimeOffset Read, IReadOnlyDictionary<string, long> Counts)? _cached;

    public IReadOnlyDictionary<string, long> Counts()
    {
        var now = time.GetUtcNow();
        if (_cached is { } cached && now - cached.Read < Lifetime)
        {
            return cached.Counts;
        }
        var counts = Read(now);
        _cached = (now, counts);
        return counts;
    }

    private IReadOnlyDictionary<string, long> Read(DateTimeOffset now)
    {
        if (!options.Value.Enabled)
        {
            return new Dictionary<string, long>();
        }
        try
        {
            var since = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-options.Value.RetentionDays);
            return store.Counts(since)
                .Where(c => c.CardId is not null)
                .GroupBy(c => c.CardId!, StringComparer.Ordinal)
                .Select(g => (Id: g.Key, Count: g.Sum(c => c.Count)))
                .Where(c => c.Count >= MinimumCount)
                .ToDictionary(c => c.Id, c => c.Count, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Topic order: the insights counts could not be read ({Error}); the curated order is used.", e.GetType().Name);
            return new Dictionary<string, long>();
        }
    }
}
