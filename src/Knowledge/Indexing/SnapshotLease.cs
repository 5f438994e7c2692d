namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// One question's hold on a snapshot (from <see cref="KnowledgeIndex.Acquire"/>): the snapshot
/// stays open until the lease is disposed, even if a newer version goes live meanwhile.
/// </summary>
public sealed class SnapshotLease : IDisposable
{
    private int _released;

    internal SnapshotLease(KnowledgeSnapshot snapshot) => Snapshot = snapshot;

    public KnowledgeSnapshot Snapshot { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Snapshot.Release();
        }
    }
}
