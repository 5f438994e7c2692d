using KnowYourRights.Knowledge.Sources;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// What a refresh did. Written as <c>refresh.json</c> in the version folder that went live, so
/// <c>index status</c> and <c>GET /admin/index</c> can show the live version's sources.
/// </summary>
public sealed record RefreshReport
{
    public const string FileName = "refresh.json";

    /// <summary>True when the new version went live.</summary>
    public required bool Live { get; init; }

    /// <summary>The version built (null when the refresh stopped before building).</summary>
    public string? Version { get; init; }

    /// <summary>The version that was live before (still live when <see cref="Live"/> is false).</summary>
    public string? PreviousVersion { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }

    public bool Offline { get; init; }

    public bool Strict { get; init; }

    /// <summary>Why the new version did not go live (null when it did).</summary>
    public string? Problem { get; init; }

    public IReadOnlyList<string> ValidationProblems { get; init; } = [];

    public IReadOnlyList<ValidationResult> Validation { get; init; } = [];

    public required IReadOnlyList<SourceFetchResult> Sources { get; init; }

    /// <summary>What was done with ICE's 287(g) list (null in a report written before lists were refreshed).</summary>
    public AgreementListRefresh? Agreements { get; init; }

    public int PaperPassages { get; init; }

    public int Cards { get; init; }

    public int SourcePassages { get; init; }

    public int Documents => PaperPassages + Cards + SourcePassages;

    public int Failed => Sources.Count(s => s.Status == SourceStatus.Failed);
}
