using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Tests;

/// <summary>A real index on disk, built once from the repository's seeds into a temp folder.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    public KnowledgeFixture()
        : this(SeedFiles.Seeds)
    {
    }

    internal KnowledgeFixture(KnowledgeSeeds seeds)
    {
        DataPath = TempFolder.Create();
        IndexBuilder.Build(seeds, new IndexStore(DataPath), ArcticXsEmbedder.Shared);
        Index = KnowledgeIndex.Open(DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(5));
        Answers = new AnswerService(Index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared);
    }

    public string DataPath { get; }

    public KnowledgeIndex Index { get; }

    public AnswerService Answers { get; }

    public void Dispose()
    {
        Index.Dispose();
        TempFolder.Delete(DataPath);
    }
}

[CollectionDefinition(Name)]
public sealed class KnowledgeCollection : ICollectionFixture<KnowledgeFixture>
{
    public const string Name = "knowledge index";
}

internal static class TempFolder
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "kyr-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
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
