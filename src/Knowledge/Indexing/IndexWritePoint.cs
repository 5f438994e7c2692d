namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// Named points of writing an index version and making it live, where the crash-safety tests stop
/// a real process (and kill -9 it) or make a write fail as on a full disk. Set the environment
/// variable <see cref="Variable"/> to <c>pause:POINT</c> (the process writes one line to standard
/// error and waits forever) or <c>enospc:POINT</c> (an <see cref="IOException"/> "No space left on
/// device" is thrown there). Unset, as always outside those tests, a point does nothing.
/// </summary>
internal static class IndexWritePoint
{
    public const string Variable = "KYR_INDEX_TEST_HOOK";

    /// <summary>The version folder exists and Lucene has committed; vectors and build.json are not written yet.</summary>
    public const string Writing = "build-writing";

    /// <summary>The version is complete and checked, not yet live (a refresh has not validated it yet).</summary>
    public const string Written = "build-written";

    /// <summary>The new CURRENT is written beside the old one, not yet renamed over it.</summary>
    public const string Promoting = "promote-temp-written";

    /// <summary>CURRENT names the new version; old versions are not yet pruned.</summary>
    public const string Promoted = "promoted";

    private static readonly string? Setting = Environment.GetEnvironmentVariable(Variable);

    internal static void Reach(string point)
    {
        if (Setting is null || Setting.IndexOf(':', StringComparison.Ordinal) is var colon && colon < 0 || Setting[(colon + 1)..] != point)
        {
            return;
        }
        switch (Setting[..colon])
        {
            case "pause":
                Console.Error.WriteLine($"{Variable}: paused at {point}");
                Console.Error.Flush();
                Thread.Sleep(Timeout.Infinite);
                break;
            case "enospc":
                throw new IOException("No space left on device", 28);
        }
    }
}
