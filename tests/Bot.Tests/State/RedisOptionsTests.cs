using KnowYourRights.Bot.Channels.Twilio;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Channels.DirectLine;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.State;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.State;

/// <summary>The "Redis" section: off by default (every store in memory, as before); checked on start; a Redis that is down never stops the app.</summary>
[Trait("Category", "Slow")]
public sealed class RedisOptionsTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public async Task Without_a_connection_string_every_store_is_in_memory_and_health_says_nothing_of_redis()
    {
        await using var app = new TestAppFactory();
        using var client = app.CreateClient();

        Assert.Null(app.Services.GetService<IConnectionMultiplexer>());
        Assert.IsType<ExpiringMemoryStorage>(app.Services.GetRequiredService<IStorage>());
        Assert.IsType<MemorySmsSenderStore>(app.Services.GetRequiredService<SmsSenderStore>());
        Assert.IsType<DirectLineConversationStore>(app.Services.GetRequiredService<IDirectLineConversationStore>());
        var health = await client.GetStringAsync("/healthz");
        Assert.DoesNotContain("redis", health, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_connection_string_without_a_key_secret_stops_the_app_on_start() =>
        Assert.Contains("Redis:KeySecret", await StartupValidation.FailuresAsync(b => b.AddRedis(), "Redis:ConnectionString", "127.0.0.1:6379"), StringComparison.Ordinal);

    [Fact]
    public async Task A_connection_string_that_does_not_parse_stops_the_app_without_quoting_its_password()
    {
        var failures = await StartupValidation.FailuresAsync(b => b.AddRedis(), "Redis:ConnectionString", "127.0.0.1:6379,password=hunter2-secret,nonsense=1");

        Assert.Contains("Redis:ConnectionString", failures, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failures, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a key with spaces")]
    public async Task A_bad_key_prefix_stops_the_app_on_start(string prefix) =>
        Assert.Contains("Redis:KeyPrefix", await StartupValidation.FailuresAsync(b => b.AddRedis(), "Redis:KeyPrefix", prefix), StringComparison.Ordinal);

    [Fact]
    public async Task With_redis_unreachable_the_app_starts_degraded_answers_questions_and_logs_no_password()
    {
        var logs = new LogCapture();
        await using var app = new TestAppFactory
        {
            Logs = logs,
            LogsFrom = LogLevel.Debug,
            Settings =
            {
                ["Redis:ConnectionString"] = $"127.0.0.1:{ClosedPort()},password=hunter2-secret",
                ["Redis:KeySecret"] = RedisServer.KeySecret,
            },
        };
        using var client = app.CreateClient();

        var health = (await client.GetFromJsonAsync<HealthApi.HealthStatus>("/healthz", Json))!;
        using var answer = await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is an ICE detainer?"));

        Assert.Equal(("degraded", "unreachable"), (health.Status, health.Redis));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.IsType<RedisConversationStorage>(app.Services.GetRequiredService<IStorage>());
        Assert.DoesNotContain("hunter2", logs.All, StringComparison.Ordinal);
    }

    /// <summary>A port nothing listens on.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
