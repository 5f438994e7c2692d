namespace KnowYourRights.Knowledge.Indexing;

/// <summary>Another process or thread is building an index on the same data folder.</summary>
public sealed class IndexBusyException(string message) : Exception(message);
