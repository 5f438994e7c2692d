using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Hosting;

/// <summary>
/// Configuration section "Memory": giving memory back after a busy spell (see <see cref="IdleMemoryTrimmer"/>).
/// </summary>
public sealed class MemoryOptions
{
    public const string Section = "Memory";

    /// <summary>Give memory back to the system when the app goes quiet after answering (default on).</summary>
    public bool TrimWhenIdle { get; set; } = true;

    /// <summary>How often the app looks at how much it allocated since the last look.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How much the app must have allocated since the last trim to count as a busy spell worth
    /// trimming after, in MB (an answer allocates about 0.3 MB; the default is about 200 answers).
    /// </summary>
    [Range(1, 100_000)]
    public int BusyMegabytes { get; set; } = 64;
}
