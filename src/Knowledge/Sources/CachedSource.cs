namespace KnowYourRights.Knowledge.Sources;

/// <summary>
/// What the cache knows about one source's last good download (<c>meta.json</c> beside its
/// raw body and extracted text). The validators make later refreshes conditional.
/// </summary>
public sealed record CachedSource
{
    public required string Url { get; init; }

    public required string ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>When a server last confirmed the text (200 or 304).</summary>
    public required DateTimeOffset CheckedAt { get; init; }

    /// <summary>File name of the raw body in the source's cache folder.</summary>
    public required string RawFile { get; init; }

    public required long Bytes { get; init; }

    public required int Characters { get; init; }
}
