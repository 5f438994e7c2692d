using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.TestSupport.Fixtures;
using KnowYourRights.TestSupport.Knowledge;

namespace KnowYourRights.Bot.Tests.Fixtures;

/// <summary>A scratch data folder, a seeds copy whose sources point at the fixture server, and helpers.</summary>
public sealed class BotTestData : IDisposable
{
    public const string HtmlPath = "/quillmoor.html";
    public const string PdfPath = "/marrowdale.pdf";

    public BotTestData()
    {
        Directory.CreateDirectory(DataPath);
        Directory.CreateDirectory(SeedsPath);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kyr-bot-tests", Guid.NewGuid().ToString("N"));

    public string DataPath => Path.Combine(Root, "data");

    /// <summary>A copy of the app's seeds, for tests that point the app's own sources.json at the fixture server.</summary>
    public string SeedsPath => Path.Combine(Root, "seeds");

    public static string AppSeeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>
    /// Copies into <see cref="DataPath"/> the index <c>index build</c> makes from the app's seeds,
    /// built once per run: for tests that need an index to be there but do not test that build.
    /// </summary>
    public void CopyBuiltIndex() => BuiltVersions.FromSeeds(AppSeeds, ArcticXsEmbedder.Shared).CopyInto(DataPath);

    public static void Serve(FixtureServer server)
    {
        server.MapContent(HtmlPath, "text/html; charset=utf-8", FixtureDocuments.Html, etag: "\"q1\"");
        server.MapContent(PdfPath, "application/pdf", FixtureDocuments.Pdf());
    }

    /// <summary>The seeds' manifest with every URL removed (no internet here) plus the two fixture sources (and any more).</summary>
    public static SourceManifest FixtureManifest(FixtureServer server, params Source[] more)
    {
        var seeds = SourceManifest.Load(Path.Combine(AppSeeds, KnowledgeSeeds.ManifestFile));
        Source[] fixtures =
        [
            Fixture("quillmoor-news", server.Url(HtmlPath), "Quillmoor County news"),
            Fixture("marrowdale-protocol", server.Url(PdfPath), "Marrowdale Courthouse Protocol"),
            .. more,
        ];
        return new SourceManifest(seeds.Paper, seeds.Sources.Select(s => s with { Url = null }).Concat(fixtures).ToList());
    }

    public static Source Fixture(string id, string url, string title) =>
        new() { Id = id, Title = title, Url = url, Kind = "report", Publisher = "Fixture Publisher", Date = "2026-03" };

    public string WriteManifest(SourceManifest manifest)
    {
        var path = Path.Combine(Root, "sources-" + Guid.NewGuid().ToString("N")[..6] + ".json");
        File.WriteAllText(path, manifest.ToJson());
        return path;
    }

    /// <summary>Copies the app's seeds and replaces their sources.json (the admin API refreshes from the app's own seeds).</summary>
    public void WriteSeeds(SourceManifest manifest)
    {
        foreach (var file in Directory.GetFiles(AppSeeds, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(SeedsPath, Path.GetRelativePath(AppSeeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        File.WriteAllText(Path.Combine(SeedsPath, KnowledgeSeeds.ManifestFile), manifest.ToJson());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
