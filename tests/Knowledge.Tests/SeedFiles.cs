using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.TestSupport.Knowledge;

namespace KnowYourRights.Knowledge.Tests;

/// <summary>The repository's seeds, copied beside the test assembly.</summary>
internal static class SeedFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PaperText => File.ReadAllText(Path.Combine(Folder, KnowledgeSeeds.PaperFile));

    private static readonly Lazy<KnowledgeSeeds> LazySeeds = new(() => KnowledgeSeeds.Load(Folder));

    public static KnowledgeSeeds Seeds => LazySeeds.Value;

    /// <summary>Index versions built from these seeds once per test run, for tests that need an index but do not test its build.</summary>
    public static BuiltVersions Built => BuiltVersions.FromSeeds(Folder, ArcticXsEmbedder.Shared);
}
