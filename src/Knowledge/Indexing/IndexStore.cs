using System.Globalization;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// The on-disk layout of the data folder: every index build is a new, immutable version folder
/// under <c>indexes/</c>, and the text file <c>indexes/CURRENT</c> names the live one.
/// </summary>
/// <remarks>
/// A build writes and commits its own folder first and only then replaces CURRENT with an atomic
/// rename, so a reader (in this or another process) sees either the old index or the new one,
/// never a half-written one. Builders take <c>indexes/build.lock</c>, so two never interleave.
/// A version folder holds a <c>pending</c> file from its creation until it is promoted, so a
/// version that was built but never validated or made live (its build was killed) is never taken
/// for a good one. Whoever takes the lock next removes what a killed writer left (see
/// <see cref="RemoveDebris"/>); the lock itself is an OS file lock, released when a process dies.
/// On a network share an OS file lock may bind only the host that took it, so instances sharing
/// the folder also take a lock they all see (<c>Refresh.IRefreshLock</c>) when one is configured.
/// </remarks>
public sealed class IndexStore
{
    public const string IndexesFolder = "indexes";
    public const string CurrentFile = "CURRENT";
    public const string LockFile = "build.lock";

    /// <summary>In a version folder from its creation until its promotion: built, not (yet) fit to go live.</summary>
    public const string PendingFile = "pending";

    public IndexStore(string dataPath)
    {
        DataPath = Path.GetFullPath(dataPath);
        IndexesPath = Path.Combine(DataPath, IndexesFolder);
    }

    public string DataPath { get; }

    public string IndexesPath { get; }

    public string CurrentPath => Path.Combine(IndexesPath, CurrentFile);

    public string VersionPath(string version) => Path.Combine(IndexesPath, version);

    /// <summary>
    /// The most of CURRENT ever read. A version name is at most 100 characters; a longer file
    /// is damage, and reading all of it (a 10 MB one once took minutes of CPU across the checks
    /// a file watcher fires) would let a damaged file hold the service.
    /// </summary>
    public const int MaxCurrentBytes = 256;

    /// <summary>The live version's name, or null when no index has been built yet (or CURRENT holds no version name).</summary>
    public string? CurrentVersion()
    {
        try
        {
            using var stream = new FileStream(CurrentPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            Span<byte> head = stackalloc byte[MaxCurrentBytes + 1];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read > MaxCurrentBytes)
            {
                return null;
            }
            var name = System.Text.Encoding.UTF8.GetString(head[..read]).Trim();
            return IsVersionName(name) ? name : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>What a version's build recorded (<c>build.json</c>), or null for a folder whose build did not finish.</summary>
    public IndexBuildReport? ReadBuild(string version)
    {
        var path = Path.Combine(VersionPath(version), IndexBuilder.BuildInfoFile);
        try
        {
            return File.Exists(path) ? System.Text.Json.JsonSerializer.Deserialize<IndexBuildReport>(File.ReadAllText(path), IndexBuilder.Json) : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>Version folders, oldest first (names sort by build time).</summary>
    public IReadOnlyList<string> Versions() =>
        Directory.Exists(IndexesPath)
            ? Directory.GetDirectories(IndexesPath).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>A new, unused version folder name that sorts after every earlier one.</summary>
    public string NewVersionName() =>
        DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>
    /// Makes <paramref name="version"/> the live index: the new CURRENT is written beside the old
    /// one and renamed over it (atomic), so a crash or a full disk leaves the old CURRENT whole.
    /// </summary>
    public void Promote(string version)
    {
        if (!Directory.Exists(VersionPath(version)))
        {
            throw new DirectoryNotFoundException($"Index version '{version}' does not exist.");
        }
        var temp = CurrentPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temp, version);
            IndexWritePoint.Reach(IndexWritePoint.Promoting);
            File.Delete(Path.Combine(VersionPath(version), PendingFile));
            File.Move(temp, CurrentPath, overwrite: true);
        }
        catch
        {
            TryDeleteFile(temp);
            throw;
        }
        IndexWritePoint.Reach(IndexWritePoint.Promoted);
    }

    /// <summary>
    /// Complete versions (their build finished: <c>build.json</c> is written last; and they are not
    /// <see cref="PendingFile"/>: validated and promoted at least once), oldest first. A folder still
    /// being written or validated, or left by a crash, is not one.
    /// </summary>
    public IReadOnlyList<string> CompleteVersions() => Versions().Where(IsComplete).ToList();

    /// <summary>True for a version whose build finished and which went live at least once (or was built before versions were marked pending).</summary>
    public bool IsComplete(string version) =>
        File.Exists(Path.Combine(VersionPath(version), IndexBuilder.BuildInfoFile)) && !File.Exists(Path.Combine(VersionPath(version), PendingFile));

    /// <summary>
    /// Removes what a writer killed mid-way left behind: a temporary CURRENT never renamed, and
    /// version folders that are not live and either unfinished or never promoted. Only a holder of
    /// the build lock calls it, so no other writer is at work.
    /// </summary>
    internal void RemoveDebris()
    {
        foreach (var temp in Directory.GetFiles(IndexesPath, CurrentFile + ".*.tmp"))
        {
            TryDeleteFile(temp);
        }
        var current = CurrentVersion();
        foreach (var version in Versions().Where(v => v != current && !IsComplete(v)))
        {
            try
            {
                Directory.Delete(VersionPath(version), recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next writer tries again.
            }
        }
    }

    /// <summary>The newest complete version older than the live one (what a rollback returns to), or null.</summary>
    public string? PreviousVersion()
    {
        var current = CurrentVersion();
        return current is null
            ? null
            : CompleteVersions().Where(v => string.CompareOrdinal(v, current) < 0).LastOrDefault();
    }

    /// <summary>Deletes a version that was built but must not go live (it failed validation). Never the live one.</summary>
    public void Discard(string version)
    {
        if (version == CurrentVersion() || !Directory.Exists(VersionPath(version)))
        {
            return;
        }
        try
        {
            Directory.Delete(VersionPath(version), recursive: true);
        }
        catch (IOException)
        {
            // Prune removes it later.
        }
    }

    /// <summary>Deletes the oldest versions, keeping the live one and the newest <paramref name="keep"/>.</summary>
    public void Prune(int keep)
    {
        var current = CurrentVersion();
        var versions = Versions();
        foreach (var old in versions.Take(Math.Max(0, versions.Count - keep)).Where(v => v != current))
        {
            try
            {
                Directory.Delete(VersionPath(old), recursive: true);
            }
            catch (IOException)
            {
                // A reader in another process may still hold it open; the next prune retries.
            }
        }
    }

    /// <summary>A version folder's name as <see cref="NewVersionName"/> makes them: letters, digits, '-', '_', '.'; never a path.</summary>
    public static bool IsVersionName(string name) =>
        name.Length is > 0 and <= 100 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Takes the builder lock, waiting up to <paramref name="wait"/>; null when another builder holds it.</summary>
    public IDisposable? TryLockForBuild(TimeSpan wait)
    {
        Directory.CreateDirectory(IndexesPath);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            FileStream? held = null;
            try
            {
                // The file stays when released (no DeleteOnClose): deleting it would let one waiter lock
                // the unlinked file while the next creates and locks a new one, and both would build.
                held = new FileStream(
                    Path.Combine(IndexesPath, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                RemoveDebris();
                return held;
            }
            catch (Exception e) when (held is not null && e is IOException or UnauthorizedAccessException)
            {
                // Debris that cannot be removed now is removed by the next writer; the lock is still ours.
                return held;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Debris; the next writer removes it.
        }
    }
}
