using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Bot.Tests.Cli;

/// <summary>
/// Refreshes as separate processes of the built app, one stopped half-way (its index built, not yet
/// validated or live) by <see cref="IndexWritePoint"/>: a second refresh or rollback is refused for
/// as long as the first holds the data folder — by the build lock on one folder, and by the Redis
/// lock where the two do not share a file lock (another host's mount of the share).
/// </summary>
[Trait("Category", "Slow")]
public sealed class IndexRefreshAcrossProcessesTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly BotTestData _data = new();
    private readonly BotTestData _otherHost = new();

    public IndexRefreshAcrossProcessesTests()
    {
        TestKnowledge.Shared.CopyDataTo(_data.DataPath);
        TestKnowledge.Shared.CopyDataTo(_otherHost.DataPath);
    }

    public void Dispose()
    {
        _data.Dispose();
        _otherHost.Dispose();
    }

    [Fact]
    public async Task A_second_refresh_process_on_the_data_folder_is_refused_until_the_first_ends()
    {
        var store = new IndexStore(_data.DataPath);
        var live = store.CurrentVersion();
        using (var first = await StartPausedRefreshAsync(_data, redis: null))
        {
            await AssertRefreshAndRollbackRefusedAsync(_data, null, "running on this data folder");
            await first.KillAsync();
        }

        var again = await RunAsync(_data, null, "index", "refresh", "--offline", "--data", _data.DataPath);

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.NotEqual(live, store.CurrentVersion());
        Assert.Equal(store.Versions(), store.CompleteVersions());
    }

    [Fact]
    public async Task With_redis_a_refresh_on_another_host_is_refused_though_its_file_lock_is_free()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Redis__ConnectionString"] = redis.ConnectionString,
            ["Redis__KeySecret"] = RedisServer.KeySecret,
            ["Redis__KeyPrefix"] = "hosts-" + Guid.NewGuid().ToString("N")[..8] + ":",
        };
        using var first = await StartPausedRefreshAsync(_data, settings);

        // Its own copy of the folder stands for a host whose file locks the first one's do not bind.
        await AssertRefreshAndRollbackRefusedAsync(_otherHost, settings, "another instance");
        var withoutRedis = await RunAsync(_otherHost, null, "index", "rollback", "--data", _otherHost.DataPath);

        // Proof that only Redis kept it out: without it, the other host's file lock lets it through.
        Assert.Contains("no earlier index version", withoutRedis.Error, StringComparison.Ordinal);
        await first.KillAsync();
    }

    [Fact]
    public async Task With_redis_configured_but_down_a_refresh_is_refused_with_its_own_exit_code()
    {
        var redis = await RedisServer.StartAsync();
        var connection = redis.ConnectionString;
        await redis.DisposeAsync();
        var store = new IndexStore(_data.DataPath);
        var live = store.CurrentVersion();

        var refresh = await RunAsync(_data, new Dictionary<string, string>
        {
            ["Redis__ConnectionString"] = connection,
            ["Redis__KeySecret"] = RedisServer.KeySecret,
        }, "index", "refresh", "--offline", "--data", _data.DataPath);

        Assert.Equal(IndexRefreshCommand.LockUnavailable, refresh.ExitCode);
        Assert.Contains("unreachable", refresh.Error, StringComparison.Ordinal);
        Assert.Equal(live, store.CurrentVersion());
    }

    /// <summary>A refresh and a rollback on <paramref name="data"/> both refuse, saying <paramref name="why"/>, and the live version stays.</summary>
    private static async Task AssertRefreshAndRollbackRefusedAsync(BotTestData data, IReadOnlyDictionary<string, string>? environment, string why)
    {
        var store = new IndexStore(data.DataPath);
        var live = store.CurrentVersion();

        var refresh = await RunAsync(data, environment, "index", "refresh", "--offline", "--data", data.DataPath);
        var rollback = await RunAsync(data, environment, "index", "rollback", "--data", data.DataPath);

        Assert.Equal(IndexRefreshCommand.Busy, refresh.ExitCode);
        Assert.Contains(why, refresh.Error, StringComparison.Ordinal);
        Assert.Equal(1, rollback.ExitCode);
        Assert.Contains(why, rollback.Error, StringComparison.Ordinal);
        Assert.Equal(live, store.CurrentVersion());
    }

    /// <summary>An <c>index refresh --offline</c> process stopped after its build, before validation and promotion.</summary>
    private static async Task<BotProcess> StartPausedRefreshAsync(BotTestData data, IReadOnlyDictionary<string, string>? redis)
    {
        var environment = new Dictionary<string, string>(redis ?? new Dictionary<string, string>())
        {
            [IndexWritePoint.Variable] = "pause:" + IndexWritePoint.Written,
        };
        var process = BotProcess.Start(data.Root, environment, "index", "refresh", "--offline", "--data", data.DataPath);
        await process.WaitForLineAsync("paused at " + IndexWritePoint.Written, Patience);
        return process;
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(
        BotTestData data, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        BotExecutable.RunAsync(data.Root, null, environment ?? new Dictionary<string, string>(), args);
}
