using System.Collections.Concurrent;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.TestSupport.Knowledge;

/// <summary>
/// Index versions built once per test process and copied into each test's own data folder, for
/// tests that need an existing index but do not test the build that made it. A build takes most
/// of a second on two cores (Lucene, the vectors, the check of what was written); copying its
/// folder takes a few milliseconds, and each test still gets files of its own to damage, promote
/// over or prune.
/// </summary>
/// <remarks>
/// The copies are what real builds in one data folder leave: version folders whose names sort by
/// build time, <c>indexes/CURRENT</c> naming the newest, the vector cache. Only the names repeat
/// from test to test in one process, and a test's own later builds still sort after them. Builds
/// prune to <see cref="IndexBuilder.VersionsKept"/> versions, so no more can be copied.
/// </remarks>
public sealed class BuiltVersions
{
    private static readonly ConcurrentDictionary<string, BuiltVersions> ByInputs = new(StringComparer.Ordinal);

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "kyr-built-versions");

    /// <summary>Templates of processes that died without cleaning up are deleted once this old.</summary>
    private static readonly TimeSpan KeepOrphans = TimeSpan.FromDays(1);

    private readonly Func<IndexStore, IndexBuildReport> _build;

    // One builder or copier at a time: a build prunes the template's oldest version, which a copy may be reading.
    private readonly Lock _gate = new();

    private string? _template;

    /// <param name="build">Builds and promotes one version into the template's store; called once per version first asked for.</param>
    public BuiltVersions(Func<IndexStore, IndexBuildReport> build) => _build = build;

    /// <summary>Versions built from the seeds in <paramref name="seedsPath"/> with <paramref name="embedder"/>: one template per process, seeds folder and model.</summary>
    public static BuiltVersions FromSeeds(string seedsPath, ITextEmbedder embedder) =>
        ByInputs.GetOrAdd(Path.GetFullPath(seedsPath) + "|" + embedder.ModelId, _ =>
        {
            var seeds = new Lazy<KnowledgeSeeds>(() => KnowledgeSeeds.Load(seedsPath));
            return new BuiltVersions(store => IndexBuilder.Build(seeds.Value, store, embedder));
        });

    /// <summary>
    /// Copies the newest <paramref name="count"/> versions, <c>indexes/CURRENT</c> (naming the
    /// newest) and the rest of the template's data folder into <paramref name="dataPath"/>, which
    /// must hold no index yet; builds them first if this process has not. Returns the versions'
    /// names, oldest first.
    /// </summary>
    public IReadOnlyList<string> CopyInto(string dataPath, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, IndexBuilder.VersionsKept);
        lock (_gate)
        {
            var template = new IndexStore(_template ??= CreateTemplateFolder());
            while (template.CompleteVersions().Count < count)
            {
                _build(template);
            }
            var versions = template.CompleteVersions().TakeLast(count).ToList();
            var notCopied = template.Versions().Except(versions).Select(template.VersionPath).ToList();
            foreach (var file in Directory.GetFiles(template.DataPath, "*", SearchOption.AllDirectories))
            {
                if (notCopied.Any(folder => file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    continue;
                }
                var copy = Path.Combine(dataPath, Path.GetRelativePath(template.DataPath, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy, overwrite: false);
            }
            return versions;
        }
    }

    private static string CreateTemplateFolder()
    {
        Directory.CreateDirectory(Root);
        DeleteOrphans();
        var path = Path.Combine(Root, Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(path);
        return path;
    }

    private static void DeleteOrphans()
    {
        foreach (var folder in Directory.GetDirectories(Root).Where(f => DateTime.UtcNow - Directory.GetLastWriteTimeUtc(f) > KeepOrphans))
        {
            TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // In use or already gone: a later process deletes it once it is old.
        }
    }
}
