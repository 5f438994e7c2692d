using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.Knowledge.Sources;
using KnowYourRights.Knowledge.Tests.Fixtures;
using Microsoft.Extensions.Options;
using KnowYourRights.TestSupport.Fixtures;

namespace KnowYourRights.Knowledge.Tests.Refresh;

/// <summary>The whole refresh: fixture sources on 127.0.0.1 → cache → new version → validation → live (or not).</summary>
public sealed class IndexRefresherTests : IAsyncLifetime, IDisposable
{
    private readonly TestData _data = new();
    private FixtureServer _server = null!;
    private SourceFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.MapContent("/quillmoor.html", "text/html; charset=utf-8", FixtureDocuments.Html, etag: "\"q1\"");
        _server.MapContent("/marrowdale.pdf", "application/pdf", FixtureDocuments.Pdf());
        _fetcher = new SourceFetcher(TestData.FastFetch());
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _data.Dispose();

    private IndexStore Store => new(_data.DataPath);

    [Fact]
    public async Task A_refresh_goes_live_and_answers_from_the_fixture_citing_its_url()
    {
        CopyInitial();
        using var index = OpenIndex();
        var answers = new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared);
        Assert.DoesNotContain(answers.Ask(FixtureDocuments.HtmlQuestion).Citations, c => c.Url == _server.Url("/quillmoor.html"));

        var report = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest()), null, default);

        Assert.True(report.Live, report.Problem + string.Join("; ", report.ValidationProblems));
        Assert.Equal(Store.CurrentVersion(), report.Version);
        Assert.Equal([SourceStatus.Fetched, SourceStatus.Fetched], report.Sources.Select(s => s.Status));
        Assert.All(report.Sources, s => Assert.True(s.Passages > 0 && s.Characters > 0));
        Assert.All(report.Validation, v => Assert.True(v.Passed, v.Question));
        Assert.True(index.CheckForNewVersion());

        var html = answers.Ask(FixtureDocuments.HtmlQuestion);
        Assert.True(html.Answered);
        Assert.Equal(AnswerKinds.Extractive, html.Kind);
        Assert.Contains("Quillmoor County sheriff ended", html.Quote!.Text);
        var cited = Assert.Single(html.Citations, c => c.Url == _server.Url("/quillmoor.html"));
        Assert.Equal(("quillmoor-news", "Quillmoor County news", "Fixture Publisher", "2026-03"), (cited.Id, cited.Title, cited.Publisher, cited.Date));
        Assert.Contains($"[{cited.Number}]", html.Text);
        Assert.Equal("2026-03", html.AsOf);

        var pdf = answers.Ask(FixtureDocuments.PdfQuestion);
        Assert.Contains(pdf.Citations, c => c.Url == _server.Url("/marrowdale.pdf"));

        // Cards still answer as before.
        Assert.Equal("pep", answers.Ask("What is PEP?").CardId);
        Assert.Equal(report.Version, IndexRefresher.ReadReport(Store, report.Version!)?.Version);
    }

    [Fact]
    public async Task A_refresh_that_fails_validation_leaves_the_live_index_untouched()
    {
        CopyInitial();
        var live = Store.CurrentVersion()!;
        var versions = Store.Versions();
        var validation = Path.Combine(_data.DataPath, "validation.jsonl");
        File.WriteAllText(validation, """{"question": "What is PEP?", "expect": "no-such-card"}""" + "\n");

        var report = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest(), ValidationFile: validation), null, default);

        Assert.False(report.Live);
        Assert.Contains("validation failed", report.Problem);
        Assert.Contains(report.ValidationProblems, p => p.Contains("no-such-card", StringComparison.Ordinal));
        Assert.Equal(live, Store.CurrentVersion());
        Assert.Equal(versions, Store.Versions());
    }

    [Fact]
    public async Task A_sources_file_that_drops_a_cited_source_fails_validation()
    {
        CopyInitial();
        var live = Store.CurrentVersion()!;
        var path = Path.Combine(_data.DataPath, "thin.json");
        File.WriteAllText(path, """{"paper": {"id": "paper", "title": "Paper", "kind": "policy paper"}, "sources": []}""");

        var report = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: path), null, default);

        Assert.False(report.Live);
        Assert.Contains(report.ValidationProblems, p => p.Contains("which the sources manifest does not list", StringComparison.Ordinal));
        Assert.Equal(live, Store.CurrentVersion());
    }

    [Fact]
    public async Task Failed_sources_are_reported_and_the_rest_goes_live_unless_strict()
    {
        CopyInitial();
        var live = Store.CurrentVersion()!;
        var manifest = FixtureManifest(TestData.Fixture("gone", _server.Url("/gone")));

        var strict = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: manifest, Strict: true), null, default);
        Assert.False(strict.Live);
        Assert.Contains("--strict", strict.Problem);
        Assert.Equal(live, Store.CurrentVersion());

        var lenient = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: manifest), null, default);
        Assert.True(lenient.Live);
        var gone = Assert.Single(lenient.Sources, s => s.SourceId == "gone");
        Assert.Equal((SourceStatus.Failed, 0), (gone.Status, gone.Passages));
        Assert.Contains("404", gone.Reason);
        Assert.Equal(1, lenient.Failed);
    }

    [Fact]
    public async Task An_offline_refresh_rebuilds_from_the_cache()
    {
        var manifest = FixtureManifest();
        Assert.True((await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: manifest), null, default)).Live);
        var requests = _server.Requests.Count;

        var offline = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: manifest, Offline: true), null, default);

        Assert.True(offline.Live);
        Assert.All(offline.Sources, s => Assert.Equal(SourceStatus.Cached, s.Status));
        Assert.Equal(requests, _server.Requests.Count);
        using var index = OpenIndex();
        var answer = new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared).Ask(FixtureDocuments.HtmlQuestion);
        Assert.Contains(answer.Citations, c => c.Url == _server.Url("/quillmoor.html"));
    }

    [Fact]
    public async Task A_second_refresh_while_one_runs_is_refused()
    {
        CopyInitial();
        using var running = Store.TryLockForBuild(TimeSpan.Zero);
        Assert.NotNull(running);

        await Assert.ThrowsAsync<IndexBusyException>(() => Refresher().RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest()), null, default));
    }

    [Fact]
    public async Task Rollback_returns_to_the_previous_version_and_the_live_index_follows()
    {
        CopyInitial();
        using var index = OpenIndex();
        var before = index.Current.Version;
        var answers = new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared);
        var report = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest()), null, default);
        Assert.True(index.CheckForNewVersion());
        Assert.Contains(answers.Ask(FixtureDocuments.HtmlQuestion).Citations, c => c.Url == _server.Url("/quillmoor.html"));

        var (from, to) = await IndexRollback.RollbackAsync(Store, instances: null);

        Assert.Equal((report.Version, before), (from, to));
        Assert.Equal(before, Store.CurrentVersion());
        Assert.True(index.CheckForNewVersion());
        Assert.Equal(before, index.Current.Version);
        Assert.DoesNotContain(answers.Ask(FixtureDocuments.HtmlQuestion).Citations, c => c.Url == _server.Url("/quillmoor.html"));
    }

    [Fact]
    public async Task Rollback_with_no_earlier_version_is_refused()
    {
        CopyInitial();

        await Assert.ThrowsAsync<InvalidOperationException>(() => IndexRollback.RollbackAsync(Store, instances: null));
    }

    [Fact]
    public async Task A_refresh_or_rollback_while_another_instance_holds_the_shared_lock_is_refused_before_any_work()
    {
        CopyInitial();
        var live = Store.CurrentVersion()!;
        var shared = new OneHolderLock();
        await using var elsewhere = await shared.TryAcquireAsync(default);

        var refused = await Assert.ThrowsAsync<IndexBusyException>(() => Refresher(shared).RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest()), null, default));
        var rollback = await Assert.ThrowsAsync<IndexBusyException>(() => IndexRollback.RollbackAsync(Store, shared));

        Assert.True(refused.OnAnotherInstance);
        Assert.Contains("another instance", refused.Message, StringComparison.Ordinal);
        Assert.True(rollback.OnAnotherInstance);
        Assert.Empty(_server.Requests);
        Assert.Equal(live, Store.CurrentVersion());
        Assert.Equal([live], Store.Versions());
    }

    [Fact]
    public async Task The_shared_lock_and_the_build_lock_are_held_for_the_whole_refresh_and_released_after()
    {
        CopyInitial();
        var shared = new OneHolderLock();
        var heldInEveryPhase = new List<bool>();
        var progress = new SyncProgress(e =>
        {
            if (e.Source is null)
            {
                using var buildLock = Store.TryLockForBuild(TimeSpan.Zero);
                heldInEveryPhase.Add(shared.Held && buildLock is null);
            }
        });

        var report = await Refresher(shared).RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest()), progress, default);

        Assert.True(report.Live, report.Problem);
        Assert.Equal([true, true, true, true], heldInEveryPhase);
        Assert.False(shared.Held);
        using var free = Store.TryLockForBuild(TimeSpan.Zero);
        Assert.NotNull(free);
    }

    [Fact]
    public async Task A_refresh_that_loses_the_shared_lock_before_going_live_changes_nothing()
    {
        CopyInitial();
        var live = Store.CurrentVersion()!;
        var shared = new OneHolderLock();
        var progress = new SyncProgress(e =>
        {
            if (e is { Phase: RefreshPhase.Validating, Source: null })
            {
                shared.Lose();
            }
        });

        var report = await Refresher(shared).RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest()), progress, default);

        Assert.False(report.Live);
        Assert.Contains("lost", report.Problem, StringComparison.Ordinal);
        Assert.Equal(live, Store.CurrentVersion());
        Assert.Equal([live], Store.Versions());
    }

    [Fact]
    public async Task Progress_reports_each_phase_and_source()
    {
        CopyInitial();
        var events = new List<RefreshProgress>();

        await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: FixtureManifest()), new SyncProgress(e => { lock (events) { events.Add(e); } }), default);

        Assert.Equal(
            [RefreshPhase.Fetching, RefreshPhase.Building, RefreshPhase.Validating, RefreshPhase.Promoting],
            events.Where(e => e.Source is null).Select(e => e.Phase));
        Assert.Equal(2, events.Count(e => e.Source?.Result is not null));
    }

    private IndexRefresher Refresher(IRefreshLock? instances = null) =>
        new(Options.Create(_data.Options()), Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared, Options.Create(TestData.FastFetch()), _fetcher, instances);

    private KnowledgeIndex OpenIndex() =>
        KnowledgeIndex.Open(_data.DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>The live index a refresh starts from: built once per run and copied (the refresh's own build is what these tests test).</summary>
    private void CopyInitial() => SeedFiles.Built.CopyInto(_data.DataPath);

    private string FixtureManifest(params KnowYourRights.Knowledge.Corpus.Source[] more) =>
        _data.WriteManifest(
            [
                TestData.Fixture("quillmoor-news", _server.Url("/quillmoor.html"), "Quillmoor County news"),
                TestData.Fixture("marrowdale-protocol", _server.Url("/marrowdale.pdf"), "Marrowdale Courthouse Protocol"),
                .. more,
            ]);

    private sealed class SyncProgress(Action<RefreshProgress> report) : IProgress<RefreshProgress>
    {
        public void Report(RefreshProgress value) => report(value);
    }

    /// <summary>The instances' lock as one process sees it (the Redis one is tested against a real server in Bot.Tests).</summary>
    private sealed class OneHolderLock : IRefreshLock
    {
        private Lease? _holder;

        public bool Held => Volatile.Read(ref _holder) is not null;

        public Task<IRefreshLease?> TryAcquireAsync(CancellationToken cancel)
        {
            var lease = new Lease(this);
            return Task.FromResult<IRefreshLease?>(Interlocked.CompareExchange(ref _holder, lease, null) is null ? lease : null);
        }

        /// <summary>As when the lock expired before its holder could renew it.</summary>
        public void Lose() => Interlocked.Exchange(ref _holder, null)?.Cancel();

        private sealed class Lease(OneHolderLock owner) : IRefreshLease
        {
            private readonly CancellationTokenSource _lost = new();

            public CancellationToken Lost => _lost.Token;

            public void Cancel() => _lost.Cancel();

            public ValueTask DisposeAsync()
            {
                Interlocked.CompareExchange(ref owner._holder, null, this);
                _lost.Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
