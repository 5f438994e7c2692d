using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;
using KnowYourRights.TestSupport.Knowledge;

namespace KnowYourRights.Knowledge.Tests;

/// <summary>
/// A real index on disk: the repository's seeds' in the folder both test projects and later runs
/// share (<see cref="SharedTestIndex"/>, built once, only read here), or a copy of other seeds'
/// (<see cref="BuiltVersions"/>, built once per run) in a temp folder of its own.
/// </summary>
public sealed class KnowledgeFixture : IDisposable
{
    private readonly bool _ownsFolder;

    public KnowledgeFixture()
    {
        DataPath = SharedTestIndex.DataPathFor(SeedFiles.Folder);
        Index = KnowledgeIndex.Open(DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, SharedTestIndex.WaitForBuild);
        Answers = new AnswerService(Index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared);
    }

    internal KnowledgeFixture(BuiltVersions built)
    {
        _ownsFolder = true;
        DataPath = TempFolder.Create();
        built.CopyInto(DataPath);
        Index = KnowledgeIndex.Open(DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(5));
        Answers = new AnswerService(Index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared);
    }

    public string DataPath { get; }

    public KnowledgeIndex Index { get; }

    public AnswerService Answers { get; }

    public void Dispose()
    {
        Index.Dispose();
        if (_ownsFolder)
        {
            TempFolder.Delete(DataPath);
        }
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
