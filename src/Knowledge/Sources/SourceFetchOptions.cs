using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>Configuration section "Knowledge:Sources": how <c>index refresh</c> downloads cited sources.</summary>
public sealed class SourceFetchOptions
{
    public const string Section = "Knowledge:Sources";

    /// <summary>How long one attempt (request and body) may take before it counts as a transient failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for transient failures (timeouts, 5xx, 408, 429, broken connections).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A body larger than this is refused (a source is a page or a report, not a data dump).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Sources downloaded at once; kept small to be polite to the publishers' servers.</summary>
    [Range(1, 32)]
    public int MaxConcurrency { get; set; } = 4;

    [Required]
    public string UserAgent { get; set; } = "KnowYourRights.Bot/1.0 (+source refresh)";
}
