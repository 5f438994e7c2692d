using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Tests.Cli;

/// <summary>
/// The built app's <c>index build</c> and <c>index refresh</c> run as real processes, stopped at a
/// named point of writing (<see cref="IndexWritePoint"/>) and killed with kill -9, or made to fail
/// there as on a full disk: the live index keeps answering, and the next writer cleans up.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IndexCrashSafetyTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly BotTestData _data = new();
    private readonly IndexStore _store;
    private readonly string _live;

    public IndexCrashSafetyTests()
    {
        TestKnowledge.Shared.CopyDataTo(_data.DataPath);
        _store = new IndexStore(_data.DataPath);
        _live = _store.CurrentVersion() ?? throw new InvalidOperationException("The shared test index has no live version.");
    }

    public void Dispose() => _data.Dispose();

    public static TheoryData<string, string> KillPoints => new()
    {
        { "build", IndexWritePoint.Writing },
        { "build", IndexWritePoint.Written },
        { "build", IndexWritePoint.Promoting },
        { "build", IndexWritePoint.Promoted },
        { "refresh", IndexWritePoint.Written },
        { "refresh", IndexWritePoint.Promoting },
    };

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task Killed_at_any_point_the_live_index_keeps_answering_and_the_next_run_cleans_up(string verb, string point)
    {
        using (var writer = StartIndex(verb, "pause:" + point))
        {
            await writer.WaitForLineAsync($"paused at {point}", Patience);
            await writer.KillAsync();
        }

        var live = _store.CurrentVersion();
        if (point == IndexWritePoint.Promoted)
        {
            Assert.NotEqual(_live, live);
        }
        else
        {
            Assert.Equal(_live, live);
        }
        AssertAnswers(live!);

        var (code, _, error) = await Run("index", "build", "--data", _data.DataPath);

        Assert.True(code == 0, error);
        AssertNoDebris();
        Assert.NotEqual(live, _store.CurrentVersion());
        AssertAnswers(_store.CurrentVersion()!);
    }

    public static TheoryData<string, string> FullDiskPoints => new()
    {
        { "build", IndexWritePoint.Writing },
        { "build", IndexWritePoint.Promoting },
        { "refresh", IndexWritePoint.Writing },
        { "refresh", IndexWritePoint.Promoting },
    };

    [Theory]
    [MemberData(nameof(FullDiskPoints))]
    public async Task A_full_disk_during_a_build_changes_nothing(string verb, string point)
    {
        var before = _store.Versions();

        using var writer = StartIndex(verb, "enospc:" + point);
        var code = await writer.WaitForExitAsync(Patience);

        Assert.Equal(1, code);
        Assert.Contains("No space left on device", writer.Output, StringComparison.Ordinal);
        Assert.Contains("not changed", writer.Output, StringComparison.Ordinal);
        Assert.Equal(_live, _store.CurrentVersion());
        Assert.Equal(before, _store.Versions());
        AssertNoDebris();
        AssertAnswers(_live);
    }

    private BotProcess StartIndex(string verb, string hook) =>
        BotProcess.Start(
            _data.Root,
            new Dictionary<string, string> { [IndexWritePoint.Variable] = hook },
            verb == "refresh" ? ["index", "refresh", "--offline", "--data", _data.DataPath] : ["index", "build", "--data", _data.DataPath]);

    /// <summary>The data folder, opened as the app opens it, answers from <paramref name="version"/>.</summary>
    private void AssertAnswers(string version)
    {
        using var index = KnowledgeIndex.Open(_data.DataPath, BotTestData.AppSeeds, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.Zero);
        Assert.Equal(version, index.Current.Version);
        var answer = new AnswerService(index, Options.Create(new AnswerOptions { SemanticSearch = false }), ArcticXsEmbedder.Shared).Ask("What is an ICE detainer?");
        Assert.Equal("detainers", answer.CardId);
    }

    /// <summary>No temporary CURRENT, and every version folder finished and promoted.</summary>
    private void AssertNoDebris()
    {
        Assert.Empty(Directory.GetFiles(_store.IndexesPath, "*.tmp"));
        Assert.Equal(_store.Versions(), _store.CompleteVersions());
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
