using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Benchmarks;

/// <summary>
/// <c>index build</c> from the seeds into a data folder whose vector cache already holds the
/// seeds' texts (as every build after the first): parsing, the Lucene index, vectors.bin.
/// </summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private KnowledgeSeeds _seeds = null!;
    private string _dataPath = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seeds = KnowledgeSeeds.Load(BenchmarkIndex.SeedsFolder);
        _dataPath = BenchmarkIndex.CreateTempFolder();
        // The first build embeds every text once and fills the data folder's vector cache.
        IndexBuilder.Build(_seeds, new IndexStore(_dataPath), ArcticXsEmbedder.Shared);
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkIndex.DeleteFolder(_dataPath);

    [Benchmark(Description = "index build, seeds unchanged")]
    public IndexBuildReport Build() => IndexBuilder.Build(_seeds, new IndexStore(_dataPath), ArcticXsEmbedder.Shared);
}
