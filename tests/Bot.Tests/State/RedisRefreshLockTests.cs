using KnowYourRights.Bot.State;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.State;

/// <summary>The instances' refresh lock against a real redis-server: each lock here stands for one instance with its own connection.</summary>
[Trait("Category", "Slow")]
public sealed class RedisRefreshLockTests : IAsyncLifetime
{
    // Short, so expiry and renewal happen within a test; the app's is RedisRefreshLock.DefaultExpiry.
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(1);

    private readonly string _prefix = "lock-" + Guid.NewGuid().ToString("N")[..8] + ":";
    private readonly List<ConnectionMultiplexer> _connections = [];
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Only_one_instance_holds_it_and_the_next_takes_it_once_released()
    {
        var (a, b) = (Instance(), Instance());

        var held = await a.Lock.TryAcquireAsync(default);
        var refused = await b.Lock.TryAcquireAsync(default);
        Assert.NotNull(held);
        Assert.Null(refused);

        await held.DisposeAsync();
        await using var next = await b.Lock.TryAcquireAsync(default);

        Assert.NotNull(next);
        Assert.False(held.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_holder_that_keeps_renewing_keeps_it_well_past_the_expiry()
    {
        // Longer than the other tests' expiry: the holder renews every third of it, and on a loaded
        // two-core CI machine a 1 s lock can expire while its renewal waits for a thread.
        var expiry = TimeSpan.FromSeconds(4);
        var (a, b) = (Instance(expiry), Instance(expiry));
        await using var held = await a.Lock.TryAcquireAsync(default);

        await Task.Delay(expiry * 3);

        Assert.Null(await b.Lock.TryAcquireAsync(default));
        Assert.False(held!.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_holder_cut_off_from_redis_frees_it_when_it_expires_and_learns_it_lost_it()
    {
        // A's lock is short so that it expires within the test; B's new lock is long, so a loaded
        // two-core CI machine cannot expire it while its renewal waits for a thread (failed once in CI).
        var (a, b) = (Instance(), Instance(TimeSpan.FromSeconds(4)));
        var held = await a.Lock.TryAcquireAsync(default);
        Assert.NotNull(held);

        // As a crashed or partitioned instance: its connection is gone, so it can neither renew nor release.
        await a.Connection.CloseAsync(allowCommandsToComplete: false);
        IRefreshLease? taken = null;
        await Eventually.TrueAsync(async () => (taken = await b.Lock.TryAcquireAsync(default)) is not null);
        await Eventually.TrueAsync(() => Task.FromResult(held.Lost.IsCancellationRequested));

        await held.DisposeAsync();
        await using (taken)
        {
            Assert.False(taken!.Lost.IsCancellationRequested);
        }
    }

    [Fact]
    public async Task A_holder_whose_lock_expired_and_was_taken_never_releases_the_new_holders()
    {
        // The new holder must keep its lock through the whole test: a 1 s lock can expire on a
        // loaded CI machine while its renewal waits for a thread (failed once: the key was gone).
        var expiry = TimeSpan.FromSeconds(4);
        var (a, b) = (Instance(expiry), Instance(expiry));
        var held = await a.Lock.TryAcquireAsync(default);
        var key = (RedisKey)(_prefix + "index:refresh-lock");
        var database = a.Connection.GetDatabase();

        // As if the old holder stalled past the expiry: the key is gone and B takes it.
        await database.KeyDeleteAsync(key);
        await using var taken = await b.Lock.TryAcquireAsync(default);
        Assert.NotNull(taken);
        var token = await database.StringGetAsync(key);
        await Eventually.TrueAsync(() => Task.FromResult(held!.Lost.IsCancellationRequested));
        await held!.DisposeAsync();

        Assert.Equal(token, await database.StringGetAsync(key));
        Assert.Null(await a.Lock.TryAcquireAsync(default));
    }

    [Fact]
    public async Task With_redis_down_taking_it_is_a_clear_error_and_it_works_again_when_redis_is_back()
    {
        var a = Instance();
        await _redis.KillAsync();

        var e = await Assert.ThrowsAsync<RefreshLockUnavailableException>(() => a.Lock.TryAcquireAsync(default));
        Assert.Contains("unreachable", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);

        await _redis.RestartAsync();
        IRefreshLease? held = null;
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                held = await a.Lock.TryAcquireAsync(default);
                return held is not null;
            }
            catch (RefreshLockUnavailableException)
            {
                return false;
            }
        });
        await held!.DisposeAsync();
    }

    private (ConnectionMultiplexer Connection, RedisRefreshLock Lock) Instance(TimeSpan? expiry = null)
    {
        var connection = _redis.Connect();
        _connections.Add(connection);
        return (connection, new RedisRefreshLock(connection, new RedisKeys(_redis.Options(_prefix)), NullLogger<RedisRefreshLock>.Instance, expiry ?? Expiry));
    }
}
