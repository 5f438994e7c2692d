using KnowYourRights.Bot.Hosting;
using System.Threading.RateLimiting;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.Hosting.RateLimiting;

/// <summary>Fixed windows counted in a real Redis: one limit across instances; in memory while Redis is down.</summary>
[Trait("Category", "Slow")]
public sealed class RedisFixedWindowRateLimiterTests : RedisTestBed
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Mid-window, so the test never straddles two windows.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 20, TimeSpan.Zero));

    [Fact]
    public async Task Two_instances_share_one_limit_and_the_refusal_says_when_the_window_ends()
    {
        using var one = Limiter(One);
        using var other = Limiter(Other);

        var granted = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            using var a = await one.AcquireAsync();
            using var b = other.AttemptAcquire();
            granted.Add(a.IsAcquired);
            granted.Add(b.IsAcquired);
        }

        Assert.Equal(5, granted.Count(g => g));
        using var refused = await other.AcquireAsync();
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);

        _clock.Advance(TimeSpan.FromSeconds(40));
        using var next = await one.AcquireAsync();
        Assert.True(next.IsAcquired);
    }

    [Fact]
    public async Task While_redis_is_down_the_limit_is_counted_in_memory_and_requests_go_on()
    {
        using var limiter = Limiter(One);
        await Redis.KillAsync();

        var granted = 0;
        for (var i = 0; i < 7; i++)
        {
            using var lease = await limiter.AcquireAsync();
            granted += lease.IsAcquired ? 1 : 0;
        }

        Assert.Equal(5, granted);
    }

    private RedisFixedWindowRateLimiter Limiter(IConnectionMultiplexer connection) => new(connection, Prefix + "rl:test", 5, Window, _clock);
}
