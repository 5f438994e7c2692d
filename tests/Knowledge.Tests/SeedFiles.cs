using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Tests;

/// <summary>The repository's seeds, copied beside the test assembly.</summary>
internal static class SeedFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PaperText => File.ReadAllText(Path.Combine(Folder, KnowledgeSeeds.PaperFile));

    private static readonly Lazy<KnowledgeSeeds> LazySeeds = new(() => KnowledgeSeeds.Load(Folder));

    public static KnowledgeSeeds Seeds => LazySeeds.Value;
}
