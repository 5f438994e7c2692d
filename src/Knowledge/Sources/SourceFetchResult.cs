namespace KnowYourRights.Knowledge.Sources;

/// <summary>
/// One source's line in a refresh report. <see cref="Text"/> is what gets indexed: new text
/// when fetched, the cached text when not modified, offline or failed (null if never cached).
/// </summary>
public sealed record SourceFetchResult
{
    public required string SourceId { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    /// <summary>One of <see cref="SourceStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Why it failed (null unless <see cref="Status"/> is failed).</summary>
    public string? Reason { get; init; }

    public string? ContentType { get; init; }

    /// <summary>Characters of text indexed for the source (0 when there is none).</summary>
    public int Characters { get; init; }

    /// <summary>Passages indexed for the source (filled in by the index build).</summary>
    public int Passages { get; init; }

    /// <summary>True when the indexed text came from the cache (not modified, offline, or failed with a cached copy).</summary>
    public bool FromCache { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string? Text { get; init; }
}
