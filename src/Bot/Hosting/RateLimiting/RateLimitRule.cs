using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>One endpoint's limits: requests per client and from everyone together, per fixed window.</summary>
public sealed class RateLimitRule
{
    /// <summary>Requests one client (one address, an IPv6 /64, or one SMS sender) may make per window.</summary>
    [Range(1, 1_000_000)]
    public int PerClient { get; set; }

    /// <summary>Requests everyone together may make per window.</summary>
    [Range(1, 100_000_000)]
    public int Global { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public static RateLimitRule PerMinute(int perClient, int global) => new() { PerClient = perClient, Global = global };
}
