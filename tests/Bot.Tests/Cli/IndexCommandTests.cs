using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Knowledge;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.TestSupport.Fixtures;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Tests.Cli;

/// <summary><c>index refresh|status|rollback</c> run in-process against fixture sources on 127.0.0.1.</summary>
public sealed class IndexCommandTests : IAsyncLifetime, IDisposable
{
    private readonly BotTestData _data = new();
    private FixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        BotTestData.Serve(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _data.Dispose();

    private IndexStore Store => new(_data.DataPath);

    [Fact]
    public async Task Refresh_goes_live_prints_a_report_per_source_and_the_bot_cites_the_fixture()
    {
        var manifest = _data.WriteManifest(BotTestData.FixtureManifest(_server, BotTestData.Fixture("gone", _server.Url("/gone"), "Gone")));

        var (code, output, error) = await Run("index", "refresh", "--data", _data.DataPath, "--sources", manifest);

        Assert.True(code == 0, output + error);
        // Redirected output gets one plain line per step and per source, not a live display.
        Assert.Contains("fetching sources…", output);
        Assert.Contains("[3/3]", output);
        Assert.Contains("validating…", output);
        Assert.Contains("quillmoor-news", output);
        Assert.Contains("marrowdale-protocol", output);
        Assert.Contains("fetched", output);
        Assert.Contains("HTTP 404", output);
        Assert.Contains($"Index {Store.CurrentVersion()} is live", output);
        Assert.Contains("1 source(s) failed", output);

        using var index = KnowledgeIndex.Open(_data.DataPath, BotTestData.AppSeeds, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.Zero);
        var answer = new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared).Ask(FixtureDocuments.HtmlQuestion);
        Assert.Contains(answer.Citations, c => c.Url == _server.Url(BotTestData.HtmlPath));
    }

    [Fact]
    public async Task Refresh_that_fails_validation_exits_non_zero_and_changes_nothing()
    {
        _data.CopyBuiltIndex();
        var live = Store.CurrentVersion();
        var validation = Path.Combine(_data.Root, "validation.jsonl");
        await File.WriteAllTextAsync(validation, """{"question": "What is PEP?", "expect": "not-a-card"}""");

        var (code, output, _) = await Run(
            "index", "refresh", "--data", _data.DataPath, "--sources", _data.WriteManifest(BotTestData.FixtureManifest(_server)), "--validation", validation);

        Assert.Equal(IndexRefreshCommand.NotLive, code);
        Assert.Contains("Nothing changed", output);
        Assert.Contains("not-a-card", output);
        Assert.Equal(live, Store.CurrentVersion());
    }

    [Fact]
    public async Task Strict_refuses_when_a_source_failed()
    {
        _data.CopyBuiltIndex();
        var live = Store.CurrentVersion();
        var manifest = _data.WriteManifest(BotTestData.FixtureManifest(_server, BotTestData.Fixture("gone", _server.Url("/gone"), "Gone")));

        var (code, output, _) = await Run("index", "refresh", "--data", _data.DataPath, "--sources", manifest, "--strict");

        Assert.Equal(IndexRefreshCommand.NotLive, code);
        Assert.Contains("--strict", output);
        Assert.Equal(live, Store.CurrentVersion());
    }

    [Fact]
    public async Task Offline_refresh_status_and_rollback()
    {
        var manifest = _data.WriteManifest(BotTestData.FixtureManifest(_server));
        Assert.Equal(0, (await Run("index", "refresh", "--data", _data.DataPath, "--sources", manifest)).Code);
        var online = Store.CurrentVersion();
        var requests = _server.Requests.Count;

        var (code, output, _) = await Run("index", "refresh", "--data", _data.DataPath, "--sources", manifest, "--offline");
        Assert.Equal(0, code);
        Assert.Contains("cached", output);
        Assert.Equal(requests, _server.Requests.Count);
        var offline = Store.CurrentVersion();
        Assert.NotEqual(online, offline);

        var status = await Run("index", "status", "--data", _data.DataPath);
        Assert.Equal(0, status.Code);
        Assert.Contains($"Live index: {offline}", status.Output);
        Assert.Contains("rollback target", status.Output);
        Assert.Contains("quillmoor-news", status.Output);

        var rollback = await Run("index", "rollback", "--data", _data.DataPath);
        Assert.Equal(0, rollback.Code);
        Assert.Contains($"Rolled back from {offline} to {online}", rollback.Output);
        Assert.Equal(online, Store.CurrentVersion());
    }

    [Fact]
    public async Task Index_build_keeps_the_cached_source_text()
    {
        var manifest = _data.WriteManifest(BotTestData.FixtureManifest(_server));
        Assert.Equal(0, (await Run("index", "refresh", "--data", _data.DataPath, "--sources", manifest)).Code);

        // index build reads the seeds' manifest: the fixture sources are not in it, so copy the cache under a seeds source id.
        var cache = new KnowYourRights.Knowledge.Sources.SourceCache(_data.DataPath);
        var seedSource = KnowYourRights.Knowledge.Corpus.SourceManifest.Load(Path.Combine(BotTestData.AppSeeds, "sources.json")).Sources.First(s => s.Url is not null);
        Directory.CreateDirectory(cache.PathOf(seedSource.Id));
        File.Copy(Path.Combine(cache.PathOf("quillmoor-news"), "text.txt"), Path.Combine(cache.PathOf(seedSource.Id), "text.txt"));

        var (code, output, _) = await Run("index", "build", "--data", _data.DataPath);

        Assert.Equal(0, code);
        Assert.Contains("source passages: 1", output);
    }

    [Fact]
    public async Task Rollback_without_an_earlier_version_fails()
    {
        _data.CopyBuiltIndex();

        var (code, _, error) = await Run("index", "rollback", "--data", _data.DataPath);

        Assert.Equal(1, code);
        Assert.Contains("no earlier index version", error);
    }

    [Fact]
    public async Task A_second_refresh_is_refused_while_one_holds_the_data_folder()
    {
        using var running = Store.TryLockForBuild(TimeSpan.Zero);

        var (code, _, error) = await Run("index", "refresh", "--data", _data.DataPath, "--sources", _data.WriteManifest(BotTestData.FixtureManifest(_server)));

        Assert.Equal(IndexRefreshCommand.Busy, code);
        Assert.Contains("Another index build or refresh is running", error);
    }

    [Fact]
    public async Task Strict_build_refuses_a_card_never_reviewed_and_builds_nothing()
    {
        _data.WriteSeeds(KnowYourRights.Knowledge.Corpus.SourceManifest.Load(Path.Combine(BotTestData.AppSeeds, "sources.json")));
        var card = Path.Combine(_data.SeedsPath, "answers", "courthouse.md");
        var lines = (await File.ReadAllLinesAsync(card)).Where(l => !l.StartsWith("reviewed", StringComparison.Ordinal) && !l.StartsWith("reviewEvery", StringComparison.Ordinal));
        await File.WriteAllLinesAsync(card, lines);

        var (code, output, error) = await Run("index", "build", "--data", _data.DataPath, "--seeds", _data.SeedsPath, "--strict");

        Assert.Equal(3, code);
        Assert.Contains("  courthouse: English never reviewed", output);
        Assert.Contains("courthouse", output[output.IndexOf("review:", StringComparison.Ordinal)..]);
        Assert.Contains("nothing was built", error);
        Assert.Null(Store.CurrentVersion());
    }

    [Fact]
    public void The_review_report_names_each_card_text_due_and_why()
    {
        var due = new[]
        {
            new KnowYourRights.Knowledge.Cards.CardReviewDue("dmv", "en", null, null),
            new KnowYourRights.Knowledge.Cards.CardReviewDue("pep", "es", new DateOnly(2025, 1, 2), new DateOnly(2026, 1, 2)),
        };

        var text = IndexCommand.RenderReviews(due);

        Assert.Contains("review: 2 card text(s) due", text, StringComparison.Ordinal);
        Assert.Matches(@"dmv\s+English never reviewed", text);
        Assert.Matches(@"pep\s+Spanish due for review since 2026-01-02 \(reviewed 2025-01-02\)", text);
        Assert.Contains("every card is within its review interval", IndexCommand.RenderReviews([]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_report_names_what_a_cards_summary_breaks_under_the_card()
    {
        var report = new IndexBuildReport("v1", DateTimeOffset.UnixEpoch, 1, 1, 1, 2, 1,
        [
            new CardReadability("detainers", 4.2, 60, false),
            new CardReadability("courthouse", 4.0, 50, true) { Problems = ["summary: missing", "summaryEs: cites nothing (add an [n] marker)"] },
        ]);

        var lines = IndexCommand.Render(report, _data.DataPath).Split(Environment.NewLine);

        Assert.Contains(lines, l => l.Contains("detainers", StringComparison.Ordinal) && !l.Contains("<-", StringComparison.Ordinal));
        var courthouse = Array.FindIndex(lines, l => l.Contains("courthouse", StringComparison.Ordinal));
        Assert.DoesNotContain("over grade 6", lines[courthouse], StringComparison.Ordinal);
        Assert.EndsWith("<- summary: missing", lines[courthouse + 1], StringComparison.Ordinal);
        Assert.EndsWith("<- summaryEs: cites nothing (add an [n] marker)", lines[courthouse + 2], StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
