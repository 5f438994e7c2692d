using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Tests.Cli;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.TestSupport.Fixtures;

namespace KnowYourRights.Bot.Tests.State;

/// <summary>
/// Two instances of the built app (real processes) on one data folder and one real redis-server,
/// as behind a load balancer: the fixture the scale-out tests share, started once for them all.
/// </summary>
public sealed partial class TwoInstances : IAsyncLifetime
{
    /// <summary>Requests to <c>/api/answer</c> one client may make per window, across both instances.</summary>
    public const int AnswerLimit = 6;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<BotProcess> _processes = [];

    public RedisServer Redis { get; private set; } = null!;

    public FixtureServer Sources { get; private set; } = null!;

    public BotTestData Data { get; } = new();

    public HttpClient One { get; private set; } = null!;

    public HttpClient Other { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Sources = await FixtureServer.StartAsync();
        BotTestData.Serve(Sources);
        Data.WriteSeeds(BotTestData.FixtureManifest(Sources));
        // The shared test index as the live version (its vectors make a refresh take seconds).
        TestKnowledge.Shared.CopyDataTo(Data.DataPath);
        One = await StartAsync("one");
        Other = await StartAsync("other");
    }

    public async Task DisposeAsync()
    {
        One.Dispose();
        Other.Dispose();
        foreach (var process in _processes)
        {
            process.Dispose();
        }
        await Sources.DisposeAsync();
        await Redis.DisposeAsync();
        Data.Dispose();
    }

    /// <summary>Everything both processes wrote so far.</summary>
    public string Output => string.Join("\n", _processes.Select(p => p.Output));

    public static async Task<HealthApi.HealthStatus> HealthAsync(HttpClient instance) =>
        (await instance.GetFromJsonAsync<HealthApi.HealthStatus>("/healthz", Json))!;

    private async Task<HttpClient> StartAsync(string name)
    {
        var environment = new Dictionary<string, string>
        {
            ["Knowledge__DataPath"] = Data.DataPath,
            ["Knowledge__SeedsPath"] = Data.SeedsPath,
            ["Knowledge__SemanticSearch"] = "false",
            ["Knowledge__IndexCheckInterval"] = "00:00:00.200",
            ["Knowledge__RetireDelay"] = "00:00:00",
            ["Insights__DatabasePath"] = Path.Combine(Data.Root, name + "-insights.db"),
            ["Redis__ConnectionString"] = Redis.ConnectionString,
            ["Redis__KeySecret"] = RedisServer.KeySecret,
            ["Twilio__AuthToken"] = SmsWebhook.AuthToken,
            ["Twilio__WebhookUrl"] = SmsWebhook.PublicUrl,
            // A day-long window: the count cannot restart halfway through the test.
            ["RateLimiting__AnswerApi__PerClient"] = AnswerLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting__AnswerApi__Window"] = "1.00:00:00",
            ["Logging__LogLevel__Default"] = "Information",
        };
        var process = BotProcess.Start(Data.Root, environment, "--urls", "http://127.0.0.1:0");
        _processes.Add(process);
        var url = Listening().Match(await process.WaitForLineAsync("Now listening on:", TimeSpan.FromMinutes(3))).Groups[1].Value;
        return new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(1) };
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
