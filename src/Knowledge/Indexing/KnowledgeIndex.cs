using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// The live knowledge index of a data folder. Opens the current version at start (building one
/// from the seeds the first time) and hands out the current snapshot to each question.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly IndexStore _store;
    private KnowledgeSnapshot _current;

    private KnowledgeIndex(IndexStore store, KnowledgeSnapshot current)
    {
        _store = store;
        _current = current;
    }

    public IndexStore Store => _store;

    /// <summary>The snapshot to answer from. Each question takes it once and uses only it.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Opens the data folder's live index, building it from <paramref name="seedsPath"/> if there is none.</summary>
    public static KnowledgeIndex Open(string dataPath, string seedsPath, TimeSpan waitForBuild)
    {
        var store = new IndexStore(dataPath);
        IndexBuilder.EnsureBuilt(store, () => KnowledgeSeeds.Load(seedsPath), waitForBuild);
        var version = store.CurrentVersion()
            ?? throw new KnowledgeIndexException($"No index in '{store.IndexesPath}'. Build one with 'index build'.");
        return new KnowledgeIndex(store, KnowledgeSnapshot.Open(store.VersionPath(version), version));
    }

    public void Dispose() => _current.Dispose();
}
