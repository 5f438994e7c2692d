namespace KnowYourRights.Knowledge.Sources;

/// <summary>One HTTP answer as the fetcher saw it: status, what the body is, its validators and the body (capped).</summary>
public sealed record Download(int Status, string? MediaType, string? Charset, string? ETag, string? LastModified, byte[] Body)
{
    public bool NotModified => Status == 304;

    /// <summary>How long a 429 or 503 asked us to wait before trying again, if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
