namespace KnowYourRights.Knowledge.Refresh;

/// <summary>A held <see cref="IRefreshLock"/>, kept alive until disposed.</summary>
public interface IRefreshLease : IAsyncDisposable
{
    /// <summary>
    /// Cancelled when the lock was lost (it could not be renewed before it expired, or another
    /// holder has it now): the holder must not make anything live after that.
    /// </summary>
    CancellationToken Lost { get; }
}
