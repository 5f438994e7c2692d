namespace KnowYourRights.Knowledge.Refresh;

/// <summary>The lock shared by the instances (<see cref="IRefreshLock"/>) cannot be reached; nothing was started.</summary>
public sealed class RefreshLockUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
