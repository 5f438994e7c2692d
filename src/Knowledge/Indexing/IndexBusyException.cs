namespace KnowYourRights.Knowledge.Indexing;

/// <summary>Another process or thread is building an index on the same data folder.</summary>
public sealed class IndexBusyException(string message) : Exception(message)
{
    /// <summary>True when the writer at work is on another instance (seen through the lock the instances share), not on this data folder's lock.</summary>
    public bool OnAnotherInstance { get; init; }
}
