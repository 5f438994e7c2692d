using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Bot.Tests.Cli;

/// <summary>
/// The built app as a real process, its data folder damaged as a failing disk, a bad copy or a
/// careless operator would: a truncated segment file before it starts and while it runs, and a
/// 10 MB garbage <c>CURRENT</c>. It starts, keeps answering, and repairs <c>CURRENT</c>.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class DamagedIndexTests : IDisposable
{
    private const string Question = "What is an ICE detainer?";

    private static readonly string[] Wordings =
    [
        "What's an ICE detainer?", "Explain ICE detainers please", "what is a detainer", "What does an ICE detainer mean?",
        "What is an immigration detainer?", "What is an ICE hold?", "what is a detainer request from ICE",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly BotTestData _data = new();
    private readonly IndexStore _store;
    private readonly string _live;

    /// <summary>An older complete version beside the live one (a copy of it under an earlier name), as a past refresh leaves.</summary>
    private readonly string _previous = "20000101T000000000-before";

    public DamagedIndexTests()
    {
        TestKnowledge.Shared.CopyDataTo(_data.DataPath);
        _store = new IndexStore(_data.DataPath);
        _live = _store.CurrentVersion() ?? throw new InvalidOperationException("The shared test index has no live version.");
        var from = _store.VersionPath(_live);
        var to = Directory.CreateDirectory(_store.VersionPath(_previous)).FullName;
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_truncated_segment_in_the_current_version_and_the_app_starts_on_the_previous_one()
    {
        Truncate(_live);

        using var app = BotProcess.Start(_data.Root, Environment(), "--urls", "http://127.0.0.1:0");
        using var http = await ConnectAsync(app);

        var health = (await http.GetFromJsonAsync<HealthApi.HealthStatus>("/healthz", Json))!;
        Assert.Equal(_previous, health.IndexVersion);
        Assert.Equal(_previous, _store.CurrentVersion());
        await AssertAnswersAsync(http);
        Assert.Contains($"names version '{_live}', which does not open", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_damage_while_it_runs_and_answers_keep_coming()
    {
        using var app = BotProcess.Start(_data.Root, Environment(), "--urls", "http://127.0.0.1:0");
        using var http = await ConnectAsync(app);
        await AssertAnswersAsync(http);

        Truncate(_live);
        foreach (var file in Directory.GetFiles(_store.VersionPath(_live), "_*"))
        {
            File.WriteAllBytes(file, new byte[3]);
        }

        // New wordings: no answer comes from the cache, each is searched for in the index.
        foreach (var question in Wordings)
        {
            await AssertAnswersAsync(http, question);
        }
        Assert.False(app.HasExited);
        var health = (await http.GetFromJsonAsync<HealthApi.HealthStatus>("/healthz", Json))!;
        Assert.Equal(_live, health.IndexVersion);
    }

    [Fact]
    public async Task Ten_megabytes_of_garbage_in_current_and_healthz_still_answers_at_once_and_current_is_repaired()
    {
        using var app = BotProcess.Start(_data.Root, Environment(), "--urls", "http://127.0.0.1:0");
        using var http = await ConnectAsync(app);
        // The first request pays for compiling the pipeline; only what follows is held to 2 s.
        await AssertAnswersAsync(http);
        var garbage = new byte[10_000_000];
        new Random(24).NextBytes(garbage);

        // Written in pieces, as a copy would: every piece is a file-system event.
        await using (var current = new FileStream(_store.CurrentPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, 4096))
        {
            for (var offset = 0; offset < garbage.Length; offset += 65_536)
            {
                await current.WriteAsync(garbage.AsMemory(offset, Math.Min(65_536, garbage.Length - offset)));
                await current.FlushAsync();
            }
        }

        for (var i = 0; i < 10; i++)
        {
            using var within = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            using var response = await http.GetAsync("/healthz", within.Token);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(200);
        }
        await Eventually.TrueAsync(() => Task.FromResult(_store.CurrentVersion() == _live), TimeSpan.FromSeconds(30));
        Assert.Equal(_live, File.ReadAllText(_store.CurrentPath));
        await AssertAnswersAsync(http);
        Assert.Single(Regex.Matches(app.Output, "CURRENT holds no version name"));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Knowledge__DataPath"] = _data.DataPath,
        ["Knowledge__SemanticSearch"] = "false",
        ["Knowledge__IndexCheckInterval"] = "00:00:00.200",
        ["RateLimiting__Enabled"] = "false",
        ["Insights__Enabled"] = "false",
    };

    private async Task<HttpClient> ConnectAsync(BotProcess app)
    {
        var line = await app.WaitForLineAsync("Now listening on:", TimeSpan.FromMinutes(3));
        return new HttpClient { BaseAddress = new Uri(Listening().Match(line).Groups[1].Value), Timeout = TimeSpan.FromMinutes(1) };
    }

    private static async Task AssertAnswersAsync(HttpClient http, string question = Question)
    {
        var answer = await http.GetFromJsonAsync<JsonElement>("/api/answer?q=" + Uri.EscapeDataString(question), Json);
        Assert.Equal("detainers", answer.GetProperty("cardId").GetString());
    }

    /// <summary>As <c>truncate -s 1000 _0.cfs</c> does.</summary>
    private void Truncate(string version)
    {
        using var file = new FileStream(Path.Combine(_store.VersionPath(version), "_0.cfs"), FileMode.Open, FileAccess.Write);
        file.SetLength(1000);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
