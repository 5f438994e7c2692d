using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// One endpoint's limits: requests per client per fixed window, counted first; then, shared by
/// everyone, how many of its requests run at once and how many may wait for a turn. The shared
/// limit is a concurrency limit, not a window: a request refused for its token, signature or
/// shape holds a turn for microseconds and uses up nothing, and no one client can fill it.
/// </summary>
public sealed class RateLimitRule
{
    /// <summary>Requests one client (one address, an IPv6 /64, or one SMS sender) may make per window.</summary>
    [Range(1, 1_000_000)]
    public int PerClient { get; set; }

    /// <summary>Requests of this endpoint that run at once, everyone together (per instance).</summary>
    [Range(1, 100_000)]
    public int Concurrency { get; set; } = 16;

    /// <summary>Requests that may wait for a turn (oldest first) when <see cref="Concurrency"/> run; beyond, 429 at once.</summary>
    [Range(0, 1_000_000)]
    public int Queue { get; set; } = 64;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public static RateLimitRule PerMinute(int perClient, int concurrency = 16, int queue = 64) =>
        new() { PerClient = perClient, Concurrency = concurrency, Queue = queue };
}
