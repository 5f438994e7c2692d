using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// Configuration section "Insights": what the service keeps about the questions it is asked
/// (see docs/privacy.md). Counts per day are kept whenever <see cref="Enabled"/>; the
/// scrubbed text of questions the bot failed or was unsure about only with <see cref="StoreText"/>.
/// </summary>
public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>Off: nothing is written to the insights database (metrics still count, in memory).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Off: counts only; no question text is kept, scrubbed or not.</summary>
    public bool StoreText { get; set; } = true;

    /// <summary>Rows older than this many days are deleted, once a day.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>The SQLite file; default <c>insights/insights.db</c> in <c>Knowledge:DataPath</c>.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>A card answered with less confidence than this counts as unsure and is logged.</summary>
    [Range(0.0, 1.0)]
    public double LowConfidenceBelow { get; set; } = 0.5;

    /// <summary>Entries waiting to be written; beyond this they are dropped (and counted), never waited for.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// Least time between two writes to the database: what arrives meanwhile is written together,
    /// as counts. Writes cost per write, not per entry; QueueCapacity must hold what arrives in one
    /// interval at the busiest rate (10,000 at 0.25 s holds 40,000 questions a second).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan WriteInterval { get; set; } = TimeSpan.FromSeconds(0.25);

    /// <summary>Longest question text kept, in characters (the rest is cut).</summary>
    [Range(20, 2000)]
    public int MaxTextLength { get; set; } = 300;
}
