using System.Net;
using System.Net.Http.Json;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.TestSupport.Fixtures;
using Microsoft.AspNetCore.Mvc;

namespace KnowYourRights.Bot.Tests.Api;

/// <summary>
/// Two instances of the app on one data folder and one real redis-server, as behind a scaled-out
/// App Service plan: a refresh started on one keeps the other's admin out (409) until it ends, and
/// then both answer from the new index.
/// </summary>
[Trait("Category", "Slow")]
public sealed class AdminRefreshAcrossInstancesTests : IAsyncLifetime, IDisposable
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    private readonly BotTestData _data = new();
    private readonly string _prefix = "refresh-" + Guid.NewGuid().ToString("N")[..8] + ":";
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FixtureServer _server = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _server = await FixtureServer.StartAsync();
        BotTestData.Serve(_server);
        // The page a refresh fetches first waits until the test lets it go: the refresh is then surely under way.
        var page = FixtureDocuments.Html;
        _server.Map(BotTestData.HtmlPath, async context =>
        {
            await _release.Task;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(page);
        });
        _data.WriteSeeds(BotTestData.FixtureManifest(_server));
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_refresh_on_one_instance_keeps_the_others_admin_out_then_both_answer_from_it()
    {
        await using var first = Instance();
        await using var second = Instance();
        using var a = Admin(first);
        using var b = Admin(second);
        var before = (await b.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!.Version;

        Assert.Equal(HttpStatusCode.Accepted, (await a.PostAsync("/admin/index/refresh", null)).StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(_server.Count(BotTestData.HtmlPath) > 0));

        foreach (var path in new[] { "/admin/index/refresh", "/admin/index/refresh?wait=true", "/admin/index/rollback" })
        {
            var refused = await b.PostAsync(path, null);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("another instance", (await refused.Content.ReadFromJsonAsync<ProblemDetails>(Json))!.Detail, StringComparison.Ordinal);
        }

        _release.SetResult();
        AdminIndexStatus done = null!;
        await Eventually.TrueAsync(async () => (done = (await a.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!).Refresh.LastLive is not null);
        Assert.True(done.Refresh.LastLive, done.Refresh.LastProblem);
        Assert.NotEqual(before, done.Refresh.LastVersion);
        foreach (var client in new[] { a, b })
        {
            await Eventually.TrueAsync(async () => (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!.Version == done.Refresh.LastVersion);
            var answer = await client.GetFromJsonAsync<Answer>("/api/answer?q=" + Uri.EscapeDataString(FixtureDocuments.HtmlQuestion), Json);
            Assert.Contains(answer!.Citations, c => c.Url == _server.Url(BotTestData.HtmlPath));
        }

        // The lock went with the refresh: the other instance may refresh now.
        var next = await b.PostAsync("/admin/index/refresh?wait=true&offline=true", null);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task With_redis_down_a_refresh_is_refused_with_a_clear_503_and_nothing_changes()
    {
        await using var app = Instance();
        using var client = Admin(app);
        var before = (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!.Version;
        await _redis.KillAsync();

        var refused = await client.PostAsync("/admin/index/refresh", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var problem = (await refused.Content.ReadFromJsonAsync<ProblemDetails>(Json))!;
        Assert.Contains("Redis", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(_redis.ConnectionString, problem.Detail, StringComparison.Ordinal);
        var status = (await client.GetFromJsonAsync<AdminIndexStatus>("/admin/index", Json))!;
        Assert.Equal(before, status.Version);
        Assert.False(status.Refresh.Running);
        Assert.Equal(0, _server.Count(BotTestData.HtmlPath));
    }

    private TestAppFactory Instance() => AdminTestApp.Create(_data, AdminTestApp.Key, TimeSpan.FromMinutes(1), new Dictionary<string, string?>
    {
        ["Redis:ConnectionString"] = _redis.ConnectionString,
        ["Redis:KeySecret"] = RedisServer.KeySecret,
        ["Redis:KeyPrefix"] = _prefix,
    });

    private static HttpClient Admin(TestAppFactory app) => AdminTestApp.Client(app);
}
