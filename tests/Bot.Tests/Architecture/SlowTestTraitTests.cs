using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>
/// The fast loop (<c>--filter "Category!=Slow"</c>, CONTRIBUTING.md) skips every test that starts
/// a browser, Redis, espeak or another process: a test class that uses one of the helpers that
/// start them carries <c>[Trait("Category", "Slow")]</c>.
/// </summary>
public sealed class SlowTestTraitTests
{
    public const string SlowTrait = """[Trait("Category", "Slow")]""";

    /// <summary>The helpers that start a browser, Redis, espeak or a child process.</summary>
    private static readonly string[] Starters =
    [
        "RedisServer", "RedisTestBed", "TwoInstances", "EspeakFact", "EspeakSpeech", "ChromiumFact", "BrowserFixture",
        "BotExecutable", "BotProcess", "NodeTools", "BicepCli", "Process.Start",
    ];

    [Fact]
    public void Every_test_class_that_starts_a_browser_redis_espeak_or_a_process_is_marked_slow()
    {
        var tests = Path.Combine(Path.GetDirectoryName(SourceTree.SourceFolder())!, "tests");
        var unmarked = Directory.EnumerateFiles(tests, "*Tests.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => (Path: Path.GetRelativePath(tests, path), Code: CodeText.Of(File.ReadAllText(path)), Text: File.ReadAllText(path)))
            .Where(file => Starters.Any(s => file.Code.Contains(s, StringComparison.Ordinal)) && !file.Text.Contains(SlowTrait, StringComparison.Ordinal))
            .Where(file => !file.Path.EndsWith(nameof(SlowTestTraitTests) + ".cs", StringComparison.Ordinal))
            .Select(file => file.Path + ": uses a helper that starts a process, without " + SlowTrait)
            .ToList();

        Findings.AssertNone(unmarked);
    }
}
