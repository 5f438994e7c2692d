using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// Makes an earlier version live again (default: the newest complete one older than the live
/// one). Takes the build lock, and checks the version opens before promoting it.
/// </summary>
public static class IndexRollback
{
    /// <summary>Returns (from, to). Throws <see cref="InvalidOperationException"/> when there is nothing to return to.</summary>
    public static (string? From, string To) Rollback(IndexStore store, string? toVersion = null)
    {
        using var buildLock = store.TryLockForBuild(TimeSpan.Zero)
            ?? throw new IndexBusyException("An index build or refresh is running on this data folder; try again when it ends.");
        var current = store.CurrentVersion();
        var target = toVersion ?? store.PreviousVersion()
            ?? throw new InvalidOperationException("There is no earlier index version to roll back to.");
        if (!store.CompleteVersions().Contains(target, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"There is no complete index version '{target}'.");
        }
        // A version that cannot be opened must never become live.
        using (KnowledgeSnapshot.Open(store.VersionPath(target), target))
        {
        }
        store.Promote(target);
        return (current, target);
    }
}
