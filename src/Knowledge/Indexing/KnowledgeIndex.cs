using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// The live knowledge index of a data folder. Opens the current version at start (building one
/// from the seeds the first time), hands out the current snapshot to each question, and
/// switches to a newer version when <c>indexes/CURRENT</c> changes — whether this process, the
/// command line or another replica sharing the data folder promoted it.
/// </summary>
/// <remarks>
/// A <see cref="FileSystemWatcher"/> notices the change at once where the file system reports
/// it; a periodic check covers the rest (network shares, containers, exhausted inotify
/// instances). The new version is opened off the request path, then swapped in with one
/// reference write, so questions are never blocked; the old snapshot is closed after a grace
/// delay and only when its last lease ends.
/// </remarks>
public sealed class KnowledgeIndex : IDisposable
{
    public static readonly TimeSpan DefaultCheckInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultRetireDelay = TimeSpan.FromSeconds(5);

    private readonly IndexStore _store;
    private readonly TimeSpan _retireDelay;
    private readonly Lock _switchLock = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _timer;
    private readonly ILogger? _logger;
    private KnowledgeSnapshot _current;
    private volatile bool _disposed;

    // 1 while a background check is queued: a burst of file events (a large file written in
    // many pieces) costs one check, not one per event.
    private int _checkQueued;

    // The version CURRENT names that failed to open, so it is not read and checked again every
    // few seconds; and the last problem warned about, so a lasting one is logged once.
    private string? _rejected;
    private string? _warned;

    private KnowledgeIndex(IndexStore store, KnowledgeSnapshot current, TimeSpan checkInterval, TimeSpan retireDelay, ILogger? logger)
    {
        _store = store;
        _current = current;
        _retireDelay = retireDelay;
        _logger = logger;
        if (checkInterval > TimeSpan.Zero)
        {
            _timer = new Timer(_ => CheckInBackground(), null, checkInterval, checkInterval);
            _watcher = TryWatch(store.IndexesPath);
        }
    }

    public IndexStore Store => _store;

    /// <summary>The snapshot to answer from. Each question takes it once and uses only it (better: <see cref="Acquire"/>).</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Why the last attempt to open a newer version failed (the old one stays live), or null.</summary>
    public string? LastSwitchError { get; private set; }

    /// <summary>Raised after a newer version went live, with its name.</summary>
    public event Action<string>? Switched;

    /// <summary>Opens the data folder's live index, building it from <paramref name="seedsPath"/> if there is none.</summary>
    public static KnowledgeIndex Open(string dataPath, string seedsPath, ITextEmbedder embedder, TimeSpan waitForBuild) =>
        Open(dataPath, seedsPath, embedder, waitForBuild, DefaultCheckInterval, DefaultRetireDelay);

    /// <summary>
    /// As <see cref="Open(string, string, ITextEmbedder, TimeSpan)"/>, checking for a new live version every
    /// <paramref name="checkInterval"/> (zero: only when <see cref="CheckForNewVersion"/> is called)
    /// and closing a replaced version <paramref name="retireDelay"/> after the switch.
    /// </summary>
    /// <remarks>
    /// When CURRENT is missing, holds no version name, or names a version that is unfinished or
    /// does not open, the newest version that opens is answered from, CURRENT is pointed at it
    /// again, and one warning says so; when none opens, a new one is built from the seeds (but a
    /// version CURRENT names that does not open, with nothing to fall back to, is an error).
    /// </remarks>
    public static KnowledgeIndex Open(
        string dataPath, string seedsPath, ITextEmbedder embedder, TimeSpan waitForBuild, TimeSpan checkInterval, TimeSpan retireDelay, ILogger? logger = null)
    {
        var store = new IndexStore(dataPath);
        Func<KnowledgeSeeds> seeds = () => KnowledgeSeeds.Load(seedsPath);
        var snapshot = OpenLiveOrFallBack(store, waitForBuild, logger);
        if (snapshot is null)
        {
            IndexBuilder.EnsureBuilt(store, () => KnowledgeSeeds.Load(seedsPath), embedder, waitForBuild);
            var version = store.CurrentVersion()
                ?? throw new KnowledgeIndexException($"No index in '{store.IndexesPath}'. Build one with 'index build'.");
            snapshot = KnowledgeSnapshot.Open(store.VersionPath(version), version);
        }
        return new KnowledgeIndex(store, snapshot, checkInterval, retireDelay, logger);
    }

    /// <summary>
    /// The live version when CURRENT names one that opens; else the newest other version that
    /// opens (CURRENT repaired to name it, one warning logged); else null, and
    /// <see cref="IndexBuilder.EnsureBuilt"/> builds one (as on a first start, or for a version
    /// built before versions held vectors).
    /// </summary>
    private static KnowledgeSnapshot? OpenLiveOrFallBack(IndexStore store, TimeSpan waitForBuild, ILogger? logger)
    {
        KnowledgeIndexException? unopened = null;
        var named = store.CurrentVersion();
        string problem;
        if (named is not null && store.IsComplete(named))
        {
            if (!IndexBuilder.IsUsable(store, named))
            {
                return null;
            }
            try
            {
                return KnowledgeSnapshot.Open(store.VersionPath(named), named);
            }
            catch (KnowledgeIndexException e)
            {
                unopened = e;
                problem = $"{IndexStore.CurrentFile} names version '{named}', which does not open ({e.Message})";
            }
        }
        else if (named is null && !File.Exists(store.CurrentPath))
        {
            if (store.CompleteVersions().Count == 0)
            {
                return null;
            }
            problem = $"{IndexStore.CurrentFile} is missing";
        }
        else
        {
            problem = named is null
                ? $"{IndexStore.CurrentFile} holds no version name"
                : $"{IndexStore.CurrentFile} names '{named}', which is not a finished version";
        }

        foreach (var candidate in store.CompleteVersions().Reverse().Where(v => v != named && IndexBuilder.IsUsable(store, v)))
        {
            KnowledgeSnapshot snapshot;
            try
            {
                snapshot = KnowledgeSnapshot.Open(store.VersionPath(candidate), candidate);
            }
            catch (KnowledgeIndexException)
            {
                continue;
            }
            var repaired = TryRepairCurrent(store, named, candidate, waitForBuild);
            logger?.LogWarning(
                "Knowledge index: {Problem}; answering from {Version}, the newest version that opens{Repair}.",
                problem, candidate, repaired ? $", and {IndexStore.CurrentFile} names it again" : $" ({IndexStore.CurrentFile} left as it is: another build holds the lock)");
            return snapshot;
        }
        if (unopened is not null)
        {
            // Nothing to fall back to: a damaged index is reported, not silently rebuilt over.
            throw unopened;
        }
        logger?.LogWarning("Knowledge index: {Problem}, and no other version opens; building a new one from the seeds.", problem);
        return null;
    }

    /// <summary>Points CURRENT at <paramref name="version"/> under the build lock, unless another writer changed it meanwhile.</summary>
    private static bool TryRepairCurrent(IndexStore store, string? named, string version, TimeSpan waitForBuild)
    {
        using var buildLock = store.TryLockForBuild(waitForBuild);
        if (buildLock is null || store.CurrentVersion() != named)
        {
            return false;
        }
        store.Promote(version);
        // What CURRENT named (an unfinished folder) is debris now that it is not live.
        store.RemoveDebris();
        return true;
    }

    /// <summary>Leases the current snapshot for one question; dispose the lease when the answer is made.</summary>
    public SnapshotLease Acquire()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var snapshot = Volatile.Read(ref _current);
            if (snapshot.TryAcquire())
            {
                return new SnapshotLease(snapshot);
            }
            // It closed between the read and the lease: a newer one has been swapped in already.
        }
    }

    /// <summary>
    /// Switches to the version CURRENT names if it is not the live one. Returns true when it
    /// switched. A version that cannot be opened leaves the live one in place.
    /// </summary>
    /// <remarks>
    /// When CURRENT holds no version name (or is missing), or names a finished version that does
    /// not open (damaged), the live version — opened and checked when it went live, and held in
    /// memory — stays, CURRENT is pointed at it again, and one warning says so. A name of a
    /// folder that is not finished is waited for instead: on a network share the folder may
    /// become visible after CURRENT does.
    /// </remarks>
    public bool CheckForNewVersion()
    {
        lock (_switchLock)
        {
            if (_disposed)
            {
                return false;
            }
            var live = Volatile.Read(ref _current).Version;
            var named = _store.CurrentVersion();
            if (named == live)
            {
                _rejected = null;
                _warned = null;
                return false;
            }
            string problem;
            if (named is null)
            {
                problem = File.Exists(_store.CurrentPath)
                    ? $"{IndexStore.CurrentFile} holds no version name"
                    : $"{IndexStore.CurrentFile} is missing";
            }
            else if (!_store.IsComplete(named))
            {
                LastSwitchError = $"{IndexStore.CurrentFile} names '{named}', which is not a finished version (yet)";
                return false;
            }
            else if (named == _rejected)
            {
                problem = _warned ?? $"{IndexStore.CurrentFile} names version '{named}', which does not open";
            }
            else
            {
                try
                {
                    var next = KnowledgeSnapshot.Open(_store.VersionPath(named), named);
                    LastSwitchError = null;
                    _rejected = null;
                    _warned = null;
                    var old = Interlocked.Exchange(ref _current, next);
                    Retire(old);
                    Switched?.Invoke(named);
                    return true;
                }
                catch (KnowledgeIndexException e)
                {
                    _rejected = named;
                    problem = $"{IndexStore.CurrentFile} names version '{named}', which does not open ({e.Message})";
                }
            }
            LastSwitchError = problem;
            var repaired = _store.IsComplete(live) && TryRepairCurrent(_store, named, live, TimeSpan.Zero);
            if (problem != _warned)
            {
                _warned = problem;
                _logger?.LogWarning(
                    "Knowledge index: {Problem}; still answering from {Version}{Repair}.",
                    problem, live, repaired ? $", and {IndexStore.CurrentFile} names it again" : string.Empty);
            }
            return false;
        }
    }

    public void Dispose()
    {
        lock (_switchLock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _watcher?.Dispose();
            _timer?.Dispose();
            _current.Dispose();
        }
    }

    private void Retire(KnowledgeSnapshot old)
    {
        if (_retireDelay <= TimeSpan.Zero)
        {
            old.Dispose();
            return;
        }
        // The grace delay covers code that read Current without a lease; leases are covered anyway.
        _ = Task.Delay(_retireDelay).ContinueWith(_ => old.Dispose(), TaskScheduler.Default);
    }

    private void CheckInBackground()
    {
        if (_disposed || Interlocked.Exchange(ref _checkQueued, 1) == 1)
        {
            return;
        }
        _ = Task.Run(() =>
        {
            // Cleared before the check reads CURRENT, so a change made during it queues one more.
            Volatile.Write(ref _checkQueued, 0);
            try
            {
                CheckForNewVersion();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // CURRENT was mid-rename or the share blinked; the next check tries again.
                LastSwitchError = e.Message;
            }
        });
    }

    private FileSystemWatcher? TryWatch(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite,
                IncludeSubdirectories = false,
            };
            watcher.Created += (_, e) => OnChanged(e.Name);
            watcher.Changed += (_, e) => OnChanged(e.Name);
            watcher.Renamed += (_, e) => OnChanged(e.Name);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // No watcher (e.g. the inotify instance limit): the periodic check still notices.
            return null;
        }
    }

    private void OnChanged(string? name)
    {
        if (name == IndexStore.CurrentFile)
        {
            CheckInBackground();
        }
    }
}
