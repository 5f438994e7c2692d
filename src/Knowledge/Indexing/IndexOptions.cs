using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// The index's settings, in configuration section "Knowledge" (shared with <c>AnswerOptions</c>:
/// one section for operators, one options type per layer): where the data and the seeds are, and
/// how a running app waits for, checks and retires index versions.
/// </summary>
public sealed class IndexOptions
{
    public const string Section = "Knowledge";

    /// <summary>The data folder holding the index versions. Default: <c>data</c> beside the app.</summary>
    public string DataPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The seeds folder an index is built from. Default: <c>seeds</c> beside the app.</summary>
    public string SeedsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>How long a process waits for another one's first index build.</summary>
    public TimeSpan BuildWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often a running app checks <c>indexes/CURRENT</c> for a version another process made
    /// live (a file watcher usually notices sooner). Zero turns the check off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan IndexCheckInterval { get; set; } = KnowledgeIndex.DefaultCheckInterval;

    /// <summary>How long a replaced index version stays open after a switch (questions holding it finish first anyway).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetireDelay { get; set; } = KnowledgeIndex.DefaultRetireDelay;
}
