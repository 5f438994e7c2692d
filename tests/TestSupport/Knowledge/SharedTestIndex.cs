using System.Security.Cryptography;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.TestSupport.Knowledge;

/// <summary>
/// One data folder with the index built from the repository's seeds, shared by both test
/// projects and by later test runs: built once (embedding every card's way of asking and every
/// passage takes most of a minute on two cores), then only opened. Its name is a hash of the
/// seeds and of the knowledge assembly's build (deterministic builds give the same code the same
/// id), so changed seeds or changed indexing code get a new folder, never a stale index. A new
/// folder starts with the newest previous folder's sentence vectors (keyed by the hash of their
/// text), so a rebuild after a code change takes seconds.
/// </summary>
/// <remarks>
/// Tests only read it: <see cref="KnowledgeIndex.Open(string, string, ITextEmbedder, TimeSpan)"/>
/// builds under the index's own build lock, so two test processes starting together build it
/// once (the second waits). A test that changes an index works on a copy.
/// </remarks>
public static class SharedTestIndex
{
    /// <summary>Long enough for a first build on a loaded two-core machine.</summary>
    public static readonly TimeSpan WaitForBuild = TimeSpan.FromMinutes(10);

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "kyr-test-index");

    /// <summary>Folders of older builds are deleted once unused this long.</summary>
    private static readonly TimeSpan KeepUnused = TimeSpan.FromDays(2);

    /// <summary>The shared data folder for the seeds in <paramref name="seedsPath"/>, seeded with earlier vectors; the index is built on first open.</summary>
    public static string DataPathFor(string seedsPath)
    {
        var path = Path.Combine(Root, Key(seedsPath));
        if (!Directory.Exists(path))
        {
            var scratch = path + ".new-" + Guid.NewGuid().ToString("n");
            Directory.CreateDirectory(scratch);
            CopyNewestVectors(scratch);
            try
            {
                Directory.Move(scratch, path);
            }
            catch (IOException)
            {
                // Another test process made it first: use theirs.
                Directory.Delete(scratch, recursive: true);
            }
            Prune(path);
        }
        Directory.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        return path;
    }

    /// <summary>The seeds' bytes (every file, by relative path) and the knowledge assembly's module version id.</summary>
    private static string Key(string seedsPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(KnowledgeIndex).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.GetFiles(seedsPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(seedsPath, file).Replace('\\', '/')));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private static void CopyNewestVectors(string target)
    {
        var newest = Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Where(d => !d.Contains(".new-", StringComparison.Ordinal))
                .Select(d => Path.Combine(d, "embeddings")).Where(Directory.Exists)
                .OrderByDescending(Directory.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        if (newest is null)
        {
            return;
        }
        foreach (var file in Directory.GetFiles(newest, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, "embeddings", Path.GetRelativePath(newest, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    private static void Prune(string keep)
    {
        foreach (var folder in Directory.GetDirectories(Root))
        {
            if (folder != keep && DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > KeepUnused)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // In use or already gone: the next run tries again.
                }
            }
        }
    }
}
