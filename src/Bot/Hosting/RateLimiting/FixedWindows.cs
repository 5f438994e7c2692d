using System.Threading.RateLimiting;
using KnowYourRights.Bot.State;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// Makes the fixed-window partitions of every limit: in this process's memory, or, with Redis,
/// counted in Redis (<see cref="RedisFixedWindowRateLimiter"/>) so that limits hold across instances.
/// </summary>
public sealed class FixedWindows(IServiceProvider services, TimeProvider time)
{
    // Both are registered by AddRedis, the connection only when Redis is configured.
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private readonly RedisKeys? _keys = services.GetService<RedisKeys>();

    /// <summary>The partition <paramref name="partition"/> of the limit <paramref name="counter"/> (a policy's name and whether it is per client or global).</summary>
    public RateLimitPartition<string> Partition(string counter, string partition, int permits, TimeSpan window) =>
        _redis is { } redis && _keys is { } keys
            ? RateLimitPartition.Get(partition, p => new RedisFixedWindowRateLimiter(redis, keys.For("rl", counter + ":" + p), permits, window, time))
            : RateLimitPartition.GetFixedWindowLimiter(partition, _ => RateLimitingHostingExtensions.Window(permits, window));
}
