namespace KnowYourRights.Knowledge.Sources;

/// <summary>What a refresh did with one source (the report's status column).</summary>
public static class SourceStatus
{
    /// <summary>Downloaded (200) and its text extracted anew.</summary>
    public const string Fetched = "fetched";

    /// <summary>The server answered 304 to a conditional request: the cached text is current.</summary>
    public const string NotModified = "not modified";

    /// <summary>Offline refresh: the cached text was used without asking the server.</summary>
    public const string Cached = "cached";

    /// <summary>The download or extraction failed; the last good cached text (if any) was used.</summary>
    public const string Failed = "failed";
}
