using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// What keeps every other writer out of a data folder for the whole of one refresh or rollback
/// (fetch, build, validate, promote): the lock the instances share when one is configured
/// (<see cref="IRefreshLock"/>), then the data folder's build lock. Taken before any work starts,
/// so a second writer is refused at once, and released when disposed.
/// </summary>
public sealed class RefreshExclusion : IAsyncDisposable
{
    private readonly IRefreshLease? _lease;
    private readonly IDisposable _buildLock;
    private int _disposed;

    private RefreshExclusion(IndexStore store, IRefreshLease? lease, IDisposable buildLock)
    {
        Store = store;
        _lease = lease;
        _buildLock = buildLock;
    }

    public IndexStore Store { get; }

    /// <summary>Cancelled when the shared lock was lost mid-way; never cancelled without one.</summary>
    public CancellationToken Lost => _lease?.Lost ?? CancellationToken.None;

    /// <summary>
    /// Takes both locks, the shared one first. Throws <see cref="IndexBusyException"/> when either
    /// is held (<see cref="IndexBusyException.OnAnotherInstance"/> says which), and
    /// <see cref="RefreshLockUnavailableException"/> when the shared lock cannot be reached.
    /// </summary>
    public static async Task<RefreshExclusion> TakeAsync(IndexStore store, IRefreshLock? instances, CancellationToken cancel)
    {
        IRefreshLease? lease = null;
        if (instances is not null)
        {
            lease = await instances.TryAcquireAsync(cancel).ConfigureAwait(false)
                ?? throw new IndexBusyException("A refresh or rollback is already running on another instance; try again when it ends.") { OnAnotherInstance = true };
        }
        IDisposable? buildLock = null;
        try
        {
            buildLock = store.TryLockForBuild(TimeSpan.Zero);
        }
        finally
        {
            if (buildLock is null && lease is not null)
            {
                await lease.DisposeAsync().ConfigureAwait(false);
            }
        }
        return buildLock is null
            ? throw new IndexBusyException("Another index build or refresh is running on this data folder; try again when it ends.")
            : new RefreshExclusion(store, lease, buildLock);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        // The file lock first: once the shared lock is free another instance may take the folder at once.
        _buildLock.Dispose();
        if (_lease is not null)
        {
            await _lease.DisposeAsync().ConfigureAwait(false);
        }
    }
}
