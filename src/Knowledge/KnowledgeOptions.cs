using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Knowledge;

/// <summary>Configuration section "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The data folder holding the index versions. Default: <c>data</c> beside the app.</summary>
    public string DataPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The seeds folder an index is built from. Default: <c>seeds</c> beside the app.</summary>
    public string SeedsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Questions longer than this are refused (not truncated).</summary>
    [Range(20, 4000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>The least concept coverage at which a passage of the paper may answer.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>
    /// The least confidence at which a question that names one of the cards' topics may be
    /// answered (lower than <see cref="MinConfidence"/>: the topic word anchors it in the subject).
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinAnchoredConfidence { get; set; } = 0.35;

    /// <summary>The least concept coverage at which an answer card may answer.</summary>
    [Range(0.0, 1.0)]
    public double MinCardConfidence { get; set; } = 0.5;

    /// <summary>Two cards whose ranks differ by less than this are too close to choose between: ask "Did you mean".</summary>
    [Range(0.0, 1.0)]
    public double AmbiguityMargin { get; set; } = 0.03;

    /// <summary>How long a process waits for another one's first index build.</summary>
    public TimeSpan BuildWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Card ids offered as the topic menu (welcome, declines), in order; missing ids are skipped.</summary>
    public List<string> MenuTopics { get; set; } = ["detainers", "courthouse", "287g", "fingerprints", "dmv", "cap", "legal-help"];
}
