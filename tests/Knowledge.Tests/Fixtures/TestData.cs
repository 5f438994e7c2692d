using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Sources;

namespace KnowYourRights.Knowledge.Tests.Fixtures;

/// <summary>A scratch data folder per test, and manifests and options that keep tests fast.</summary>
public sealed class TestData : IDisposable
{
    public TestData() => Directory.CreateDirectory(DataPath);

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "kyr-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Short timeouts and back-offs: a test of retries and timeouts takes well under a few seconds.</summary>
    public static SourceFetchOptions FastFetch() => new()
    {
        Timeout = TimeSpan.FromMilliseconds(700),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxBytes = 64 * 1024,
        MaxConcurrency = 4,
    };

    public IndexOptions Options(string? seedsPath = null) => new()
    {
        DataPath = DataPath,
        SeedsPath = seedsPath ?? SeedFiles.Folder,
        IndexCheckInterval = TimeSpan.Zero,
        RetireDelay = TimeSpan.Zero,
    };

    public static Source Fixture(string id, string url, string title = "Fixture source") => new()
    {
        Id = id, Title = title, Url = url, Kind = "report", Publisher = "Fixture Publisher", Date = "2026-03",
    };

    /// <summary>
    /// Writes a sources file: the seeds' manifest with every URL removed (there is no internet in
    /// tests, and cards must still resolve their citations) plus the given fixture sources.
    /// </summary>
    public string WriteManifest(params Source[] fixtures)
    {
        var seeds = SourceManifest.Load(Path.Combine(SeedFiles.Folder, KnowledgeSeeds.ManifestFile));
        var manifest = new SourceManifest(seeds.Paper, seeds.Sources.Select(s => s with { Url = null }).Concat(fixtures).ToList());
        var path = Path.Combine(DataPath, "test-sources-" + Guid.NewGuid().ToString("N")[..6] + ".json");
        File.WriteAllText(path, manifest.ToJson());
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold a file on some platforms; the temp folder is cleaned eventually.
        }
    }
}
