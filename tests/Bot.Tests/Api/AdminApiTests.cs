using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.TestSupport.Fixtures;

namespace KnowYourRights.Bot.Tests.Api;

/// <summary>The admin API in the real app (<see cref="TestAppFactory"/>), refreshing from fixture sources on 127.0.0.1.</summary>
public sealed class AdminApiTests : IAsyncLifetime, IDisposable
{
    private const string Key = AdminTestApp.Key;

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    private readonly BotTestData _data = new();
    private FixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        BotTestData.Serve(_server);
        _data.WriteSeeds(BotTestData.FixtureManifest(_server));
        // The app would build its first index at start; a copy of one built once per run stands in (no test here is about that build).
        _data.CopyBuiltIndex();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Without_a_configured_key_the_admin_api_does_not_exist()
    {
        await using var app = App(key: null);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/index")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/admin/index/refresh", null)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong")]
    [InlineData("test-admin-key-012345678")]
    public async Task A_missing_or_wrong_key_is_refused(string? key)
    {
        await using var app = App(Key);
        using var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(AdminKey.Header, key);
        }

        var response = await client.GetAsync("/admin/index");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/admin/index/refresh", null)).StatusCode);
    }

    [Fact]
    public async Task The_key_is_accepted_as_a_header_or_a_bearer_token()
    {
        await using var app = App(Key);
        using var header = app.CreateClient();
        header.DefaultRequestHeaders.Add(AdminKey.Header, Key);
        using var bearer = app.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var status = await header.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json);

        Assert.NotNull(status);
        Assert.Equal(status.StoreVersion, status.Version);
        Assert.Empty(status.Sources);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/admin/index")).StatusCode);
    }

    [Fact]
    public async Task Refresh_goes_live_in_the_running_app_without_failing_a_request()
    {
        await using var app = App(Key);
        using var client = Admin(app);
        var before = (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!.Version;

        // Questions keep coming while the new version is built and swapped in.
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var asker = Task.Run(async () =>
        {
            using var reader = app.CreateClient();
            for (var i = 0; i < 2000 && !stop.IsCancellationRequested; i++)
            {
                var response = await reader.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is PEP?"));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"{(int)response.StatusCode}");
                }
            }
        });

        var refresh = await client.PostAsync("/admin/index/refresh?wait=true", null);
        await stop.CancelAsync();
        await asker;

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var report = (await refresh.Content.ReadFromJsonAsync<RefreshReport>(Json))!;
        Assert.True(report.Live);
        Assert.Empty(failures);

        var status = (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!;
        Assert.Equal(report.Version, status.Version);
        Assert.Equal(before, status.RollbackTarget);
        Assert.Contains(status.Sources, s => s.SourceId == "quillmoor-news" && s.Status == "fetched" && s.Passages > 0);
        Assert.Equal(report.Version, status.Refresh.LastVersion);

        var answer = await client.GetFromJsonAsync<Answer>("/api/answer?q=" + Uri.EscapeDataString(FixtureDocuments.HtmlQuestion), Json);
        Assert.Contains(answer!.Citations, c => c.Url == _server.Url(BotTestData.HtmlPath));

        var rollback = await client.PostAsync("/admin/index/rollback", null);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(before, (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!.Version);
    }

    [Fact]
    public async Task A_refresh_in_the_background_is_accepted_and_a_second_is_refused_while_it_runs()
    {
        await using var app = App(Key);
        using var client = Admin(app);
        var store = new IndexStore(_data.DataPath);
        _ = (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!;

        HttpResponseMessage busy;
        using (store.TryLockForBuild(TimeSpan.Zero))
        {
            busy = await client.PostAsync("/admin/index/refresh?wait=true", null);
        }
        var accepted = await client.PostAsync("/admin/index/refresh", null);

        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        AdminIndexStatus status;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(100);
            status = (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!;
        }
        while ((status.Refresh.Running || status.Refresh.LastLive is null) && DateTime.UtcNow < deadline);
        Assert.True(status.Refresh.LastLive);
        Assert.Equal(status.Refresh.LastVersion, status.Version);
    }

    [Fact]
    public async Task A_running_app_switches_to_an_index_the_command_line_refreshed()
    {
        await using var app = App(Key);
        using var client = Admin(app);
        var before = (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!.Version;

        using var output = new StringWriter();
        using var error = new StringWriter();
        var manifest = _data.WriteManifest(BotTestData.FixtureManifest(_server));
        Assert.Equal(0, await CommandLineApp.RunAsync(["index", "refresh", "--data", _data.DataPath, "--sources", manifest], output, error));
        var built = new IndexStore(_data.DataPath).CurrentVersion();
        Assert.NotEqual(before, built);

        string version;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(100);
            version = (await client.GetFromJsonAsync<HealthApi.HealthStatus>("/healthz", Json))!.IndexVersion;
        }
        while (version != built && DateTime.UtcNow < deadline);
        Assert.Equal(built, version);
    }

    private TestAppFactory App(string? key) => AdminTestApp.Create(_data, key, TimeSpan.FromSeconds(2));

    private static HttpClient Admin(TestAppFactory app) => AdminTestApp.Client(app);
}
