using KnowYourRights.Knowledge;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Benchmarks;

/// <summary>A real index built from the repository's seeds into a temp folder, as the tests build it.</summary>
internal sealed class BenchmarkIndex : IDisposable
{
    private BenchmarkIndex(string dataPath, KnowledgeIndex index)
    {
        DataPath = dataPath;
        Index = index;
    }

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public string DataPath { get; }

    public KnowledgeIndex Index { get; }

    /// <summary>Builds a new index (the model embeds the seeds' texts; cached in memory per process).</summary>
    public static BenchmarkIndex Build()
    {
        var dataPath = BuildInto(CreateTempFolder());
        return new BenchmarkIndex(dataPath, Open(dataPath));
    }

    public static string CreateTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "kyr-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static string BuildInto(string dataPath)
    {
        IndexBuilder.Build(KnowledgeSeeds.Load(SeedsFolder), new IndexStore(dataPath), ArcticXsEmbedder.Shared);
        return dataPath;
    }

    /// <summary>Opens the live version; no background check for newer versions.</summary>
    public static KnowledgeIndex Open(string dataPath) =>
        KnowledgeIndex.Open(dataPath, SeedsFolder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(5), TimeSpan.Zero, TimeSpan.FromSeconds(5));

    /// <summary>An answer service; <paramref name="answerCache"/> false measures every question answered anew.</summary>
    public AnswerService Answers(bool semantic, bool answerCache = false) => Answers(Index, semantic, answerCache);

    public static AnswerService Answers(KnowledgeIndex index, bool semantic, bool answerCache = false) =>
        new(index, Options.Create(new AnswerOptions
        {
            SemanticSearch = semantic,
            AnswerCacheSize = answerCache ? new AnswerOptions().AnswerCacheSize : 0,
        }), ArcticXsEmbedder.Shared);

    public void Dispose()
    {
        Index.Dispose();
        DeleteFolder(DataPath);
    }

    public static void DeleteFolder(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
