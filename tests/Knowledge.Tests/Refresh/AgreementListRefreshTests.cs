using System.Text;
using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.Knowledge.Sources;
using KnowYourRights.Knowledge.Tests.Fixtures;
using KnowYourRights.TestSupport.Fixtures;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace KnowYourRights.Knowledge.Tests.Refresh;

/// <summary>
/// ICE's 287(g) list refreshed from a fixture of ICE's page and the spreadsheets as ICE published
/// them, served over real HTTP on 127.0.0.1: fetched and swapped in with the index version, or
/// refused (broken, too small, missing) with the last good list kept.
/// </summary>
public sealed class AgreementListRefreshTests : IAsyncLifetime, IDisposable
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string ParticipatingPath = "/doclib/about/offices/ero/287g/participatingAgencies09012025am.xlsx";
    private const string PendingPath = "/doclib/about/offices/ero/287g/pendingAgencies09012025am.xlsx";

    private static readonly byte[] Participating = File.ReadAllBytes(Path.Combine(SeedFiles.Folder, AgreementSeeds.Folder, "participatingAgencies-2025-07-18.xlsx"));
    private static readonly byte[] PendingSheet = File.ReadAllBytes(Path.Combine(SeedFiles.Folder, AgreementSeeds.Folder, "pendingAgencies-2025-07-18.xlsx"));

    private readonly TestData _data = new();
    private FixtureServer _server = null!;
    private SourceFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.MapContent("/287g", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page(ParticipatingPath, PendingPath)));
        _server.MapContent(ParticipatingPath, Xlsx, Participating);
        _server.MapContent(PendingPath, Xlsx, PendingSheet);
        _fetcher = new SourceFetcher(Fetch());
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _data.Dispose();

    private static AgreementList Seeded => SeedFiles.Seeds.Agreements;

    [Fact]
    public async Task The_page_is_read_for_its_spreadsheet_links_and_the_list_dated_by_their_names()
    {
        var (list, outcome) = await new AgreementListFetcher(_fetcher).RefreshAsync(new Uri(_server.Url("/287g")), Seeded, offline: false, default);

        Assert.Equal(AgreementListRefresh.Fetched, outcome.Status);
        Assert.Null(outcome.Why);
        Assert.Equal(new DateOnly(2025, 9, 1), list.AsOf);
        Assert.Equal(("2025-09-01", 832, 26), (outcome.AsOf, outcome.Participating, outcome.Pending));
        Assert.Equal([_server.Url(ParticipatingPath), _server.Url(PendingPath)], list.From);
        Assert.Equal(_server.Url("/287g"), list.PageUrl);
        Assert.Equal(1, _server.Count(ParticipatingPath));
    }

    [Fact]
    public async Task A_broken_spreadsheet_is_refused_and_the_last_good_list_kept()
    {
        _server.MapContent(ParticipatingPath, Xlsx, Encoding.UTF8.GetBytes("<html>Service unavailable</html>"));

        var (list, outcome) = await new AgreementListFetcher(_fetcher).RefreshAsync(new Uri(_server.Url("/287g")), Seeded, offline: false, default);

        Assert.Same(Seeded, list);
        Assert.Equal(AgreementListRefresh.Kept, outcome.Status);
        Assert.Contains("the participating spreadsheet: not a readable .xlsx", outcome.Why);
        Assert.Equal("2025-07-18", outcome.AsOf);
    }

    [Fact]
    public async Task A_spreadsheet_without_a_column_is_refused()
    {
        var stream = new MemoryStream();
        stream.SaveAs(Seeded.Participating.Select(a => new { STATE = a.State, AGENCY = a.Agency, TYPE = a.Type, COUNTY = a.County, SUPPORT = a.Model }).ToList(), excelType: ExcelType.XLSX);
        _server.MapContent(ParticipatingPath, Xlsx, stream.ToArray());

        var (list, outcome) = await new AgreementListFetcher(_fetcher).RefreshAsync(new Uri(_server.Url("/287g")), Seeded, offline: false, default);

        Assert.Same(Seeded, list);
        Assert.Contains("column(s) missing: LAW ENFORCEMENT AGENCY, SUPPORT TYPE, SIGNED", outcome.Why);
    }

    [Fact]
    public async Task A_list_far_smaller_than_the_last_good_one_is_refused()
    {
        var stream = new MemoryStream();
        stream.SaveAs(Seeded.Participating.Take(120).Select(a => new Dictionary<string, object>
        {
            ["STATE"] = a.State, ["LAW ENFORCEMENT AGENCY"] = a.Agency, ["TYPE"] = a.Type, ["COUNTY"] = a.County, ["SUPPORT TYPE"] = a.Model, ["SIGNED"] = "1/2/2025",
        }).ToList(), excelType: ExcelType.XLSX);
        _server.MapContent(ParticipatingPath, Xlsx, stream.ToArray());

        var (list, outcome) = await new AgreementListFetcher(_fetcher).RefreshAsync(new Uri(_server.Url("/287g")), Seeded, offline: false, default);

        Assert.Same(Seeded, list);
        Assert.Contains("120 participating rows, against 832", outcome.Why);
    }

    [Fact]
    public async Task A_page_without_the_links_or_gone_keeps_the_last_good_list()
    {
        _server.MapContent("/moved", "text/html", "<html><body><p>This page has moved.</p></body></html>"u8.ToArray());

        var (_, noLinks) = await new AgreementListFetcher(_fetcher).RefreshAsync(new Uri(_server.Url("/moved")), Seeded, offline: false, default);
        var (_, gone) = await new AgreementListFetcher(_fetcher).RefreshAsync(new Uri(_server.Url("/gone")), Seeded, offline: false, default);
        var (_, offline) = await new AgreementListFetcher(_fetcher).RefreshAsync(new Uri(_server.Url("/287g")), Seeded, offline: true, default);

        Assert.Contains("no links to both spreadsheets", noLinks.Why);
        Assert.Equal(AgreementListRefresh.Kept, gone.Status);
        Assert.Contains("404", gone.Why);
        Assert.Equal(AgreementListRefresh.Offline, offline.Status);
        Assert.Equal(0, _server.Count(ParticipatingPath));
    }

    [Fact]
    public async Task A_refresh_swaps_the_new_list_in_with_the_index_and_a_failed_fetch_keeps_the_last_good_one()
    {
        // The version with the seeded list, copied: the refreshes' builds are what this test tests.
        var seeded = SeedFiles.Built.CopyInto(_data.DataPath).Single();
        using var index = KnowledgeIndex.Open(_data.DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.Zero);
        var answers = new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared);
        Assert.Equal("2025-07-18", answers.Ask("Does Brevard County have a 287(g) agreement?").AsOf);
        var manifest = Manifest();

        var fetched = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: manifest), null, default);

        Assert.True(fetched.Live, fetched.Problem);
        Assert.Equal((AgreementListRefresh.Fetched, "2025-09-01"), (fetched.Agreements!.Status, fetched.Agreements.AsOf));
        Assert.True(index.CheckForNewVersion());
        var answer = answers.Ask("Does Brevard County have a 287(g) agreement?");
        Assert.Equal(("2025-09-01", _server.Url("/287g")), (answer.AsOf, answer.Citations[0].Url));
        Assert.Contains("September 1, 2025", answer.Text, StringComparison.Ordinal);

        // ICE's server now returns an error page for the spreadsheet: the index refreshes, the list stays the last good one.
        _server.MapContent(PendingPath, Xlsx, "<html>error</html>"u8.ToArray());
        var kept = await Refresher().RefreshAsync(new RefreshRequest(SourcesFile: manifest), null, default);

        Assert.True(kept.Live, kept.Problem);
        Assert.Equal((AgreementListRefresh.Kept, "2025-09-01"), (kept.Agreements!.Status, kept.Agreements.AsOf));
        Assert.Contains("pending spreadsheet", kept.Agreements.Why);
        Assert.True(index.CheckForNewVersion());
        Assert.Equal(kept.Version, index.Current.Version);
        Assert.Equal(new DateOnly(2025, 9, 1), index.Current.Agreements.AsOf);
        Assert.Equal("2025-09-01", IndexRefresher.ReadReport(new IndexStore(_data.DataPath), kept.Version!)!.Agreements!.AsOf);

        // A rollback brings back the list the older version held.
        await IndexRollback.RollbackAsync(new IndexStore(_data.DataPath), instances: null, toVersion: seeded);
        Assert.True(index.CheckForNewVersion());
        Assert.Equal(new DateOnly(2025, 7, 18), index.Current.Agreements.AsOf);
    }

    private IndexRefresher Refresher() =>
        new(Options.Create(_data.Options()), Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared, Options.Create(Fetch()), _fetcher);

    private static SourceFetchOptions Fetch()
    {
        var options = TestData.FastFetch();
        options.MaxBytes = 1024 * 1024;
        return options;
    }

    /// <summary>The seeds' manifest without URLs (no internet in tests), but ICE's 287(g) page at the fixture's.</summary>
    private string Manifest()
    {
        var seeds = SourceManifest.Load(Path.Combine(SeedFiles.Folder, KnowledgeSeeds.ManifestFile));
        var sources = seeds.Sources.Select(s => s with { Url = s.Id == AgreementSeeds.SourceId ? _server.Url("/287g") : null }).ToList();
        var path = Path.Combine(_data.DataPath, "sources-287g.json");
        File.WriteAllText(path, new SourceManifest(seeds.Paper, sources).ToJson());
        return path;
    }

    /// <summary>ICE's 287(g) page, as it lays out the links to its two spreadsheets.</summary>
    private static string Page(string participating, string pending) => $"""
        <html><head><title>Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act | ICE</title></head>
        <body><nav><a href="/">Home</a></nav>
        <main>
          <h1>Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act</h1>
          <p>The 287(g) program enables state and local law enforcement agencies to collaborate with ICE.</p>
          <h2>Participating Agencies</h2>
          <p>ICE currently has 287(g) agreements with law enforcement agencies in several states.</p>
          <p><a href="{participating}">Participating Agencies (Excel, 110 KB)</a></p>
          <h2>Pending Agencies</h2>
          <p><a href="{pending}">Pending Agencies (Excel, 17 KB)</a></p>
          <p><a href="/doclib/287gMOA/faq.pdf">Frequently asked questions</a></p>
        </main></body></html>
        """;
}
