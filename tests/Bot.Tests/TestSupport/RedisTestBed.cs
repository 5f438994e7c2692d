using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// A real Redis (<see cref="RedisServer"/>) and two clients of it, as two instances of the app
/// would hold, for the tests of the Redis stores; each test gets its own key prefix.
/// </summary>
public abstract class RedisTestBed : IAsyncLifetime
{
    protected RedisServer Redis { get; private set; } = null!;

    protected ConnectionMultiplexer One { get; private set; } = null!;

    protected ConnectionMultiplexer Other { get; private set; } = null!;

    /// <summary>This test's <c>Redis:KeyPrefix</c>.</summary>
    protected string Prefix { get; } = "t" + Guid.NewGuid().ToString("n")[..8] + ":";

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        One = Redis.Connect();
        Other = Redis.Connect();
    }

    public async Task DisposeAsync()
    {
        await One.DisposeAsync();
        await Other.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
