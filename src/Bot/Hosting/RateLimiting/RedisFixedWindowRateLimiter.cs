using KnowYourRights.Bot.Hosting;
using System.Threading.RateLimiting;
using KnowYourRights.Bot.State;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// A fixed window counted in Redis, so one limit holds across every instance: one counter per
/// window (<c>{prefix}rl:{counter}:{window number}</c>), incremented and given its time to live in
/// one round trip (a script), gone when the window ends. Windows are aligned on the clock, so
/// all instances count in the same one. While Redis is unreachable it counts in this process's
/// memory instead (the same window, per instance): limits keep holding, and a Redis outage
/// never turns into refused or failed requests.
/// </summary>
public sealed class RedisFixedWindowRateLimiter : RateLimiter
{
    // KEYS[1] the window's counter; ARGV: permits asked, the window in ms. Returns the count after this request.
    private const string CountScript = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        if count == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return count
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey _counter;
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly FixedWindowRateLimiter _fallback;
    private long _lastUsedTicks;

    public RedisFixedWindowRateLimiter(IConnectionMultiplexer redis, RedisKey counter, int permits, TimeSpan window, TimeProvider time)
    {
        _redis = redis;
        _counter = counter;
        _permits = permits;
        _window = window;
        _time = time;
        _fallback = new FixedWindowRateLimiter(RateLimitingHostingExtensions.Window(permits, window));
        _lastUsedTicks = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration => _time.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => _fallback.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (permitCount == 0)
        {
            return _fallback.AttemptAcquire(0);
        }
        var (key, wait) = Window();
        try
        {
            return Lease((long)_redis.GetDatabase().ScriptEvaluate(CountScript, [key], [permitCount, (long)_window.TotalMilliseconds]), wait);
        }
        catch (Exception e) when (RedisCalls.IsUnavailable(e))
        {
            return _fallback.AttemptAcquire(permitCount);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return _fallback.AttemptAcquire(0);
        }
        var (key, wait) = Window();
        try
        {
            return Lease((long)await _redis.GetDatabase().ScriptEvaluateAsync(CountScript, [key], [permitCount, (long)_window.TotalMilliseconds]), wait);
        }
        catch (Exception e) when (RedisCalls.IsUnavailable(e))
        {
            return _fallback.AttemptAcquire(permitCount);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>The counter of the window now, and how long until the next one starts.</summary>
    private (RedisKey Key, TimeSpan UntilNext) Window()
    {
        Interlocked.Exchange(ref _lastUsedTicks, _time.GetTimestamp());
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var length = (long)_window.TotalMilliseconds;
        var number = now / length;
        return (_counter.Append(":" + number), TimeSpan.FromMilliseconds((number + 1) * length - now));
    }

    private RateLimitLease Lease(long count, TimeSpan untilNext) =>
        count <= _permits ? Acquired : new Refused(untilNext);

    private static readonly RateLimitLease Acquired = new Granted();

    private sealed class Granted : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    /// <summary>Over the limit: <see cref="MetadataName.RetryAfter"/> is the rest of the window, as the in-memory limiter says.</summary>
    private sealed class Refused(TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
