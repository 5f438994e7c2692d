namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// Keeps index writers (refresh, rollback) to one at a time across every instance that shares a
/// data folder. The data folder's own <c>build.lock</c> is an OS file lock: on a network share
/// (SMB/CIFS, NFS) it may bind only the host that took it, so instances sharing one folder need a
/// lock they all see. Without one configured, the build lock is the only exclusion.
/// </summary>
public interface IRefreshLock
{
    /// <summary>
    /// Takes the lock, or returns null when another instance holds it. Throws
    /// <see cref="RefreshLockUnavailableException"/> when the lock cannot be reached at all.
    /// </summary>
    Task<IRefreshLease?> TryAcquireAsync(CancellationToken cancel);
}
