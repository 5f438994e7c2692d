using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// Makes an earlier version live again (default: the newest complete one older than the live
/// one). Runs under the same <see cref="RefreshExclusion"/> as a refresh, and checks the version
/// opens before promoting it.
/// </summary>
internal static class IndexRollback
{
    /// <summary>
    /// Takes the exclusion and rolls back. Returns (from, to). Throws <see cref="IndexBusyException"/>
    /// when a build, refresh or rollback runs here or on another instance, and
    /// <see cref="InvalidOperationException"/> when there is nothing to return to.
    /// </summary>
    public static async Task<(string? From, string To)> RollbackAsync(IndexStore store, IRefreshLock? instances, string? toVersion = null, CancellationToken cancel = default)
    {
        await using var held = await RefreshExclusion.TakeAsync(store, instances, cancel).ConfigureAwait(false);
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
