namespace KnowYourRights.Bot.Hosting;

/// <summary>
/// When to trim: after a busy spell (at least <paramref name="busyBytes"/> allocated since the
/// last trim), at the first look that finds the app quiet (at most <paramref name="quietBytes"/>
/// allocated since the previous look). Fed the process's running total of allocated bytes.
/// </summary>
internal sealed class IdleTrimDecision(long busyBytes, long quietBytes)
{
    private long? _previous;
    private long _sinceTrim;

    /// <summary>Reads one look's running total; true when memory should be given back now.</summary>
    public bool ShouldTrim(long totalAllocatedBytes)
    {
        var since = _previous is { } previous ? Math.Max(0, totalAllocatedBytes - previous) : 0;
        _previous = totalAllocatedBytes;
        _sinceTrim += since;
        if (since > quietBytes || _sinceTrim < busyBytes)
        {
            return false;
        }
        _sinceTrim = 0;
        return true;
    }
}
