using KnowYourRights.Bot.Hosting;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// A per-sender limit for a channel whose requests all come from one service (Twilio posts every
/// SMS and every step of a call), where the client's address says nothing: partitioned by the
/// sender key, which the channel knows only once it has read and verified the request, one limit
/// per policy (<see cref="RateLimitPolicies.SmsWebhook"/>, <see cref="RateLimitPolicies.VoiceWebhook"/>)
/// with its rule. The same fixed window as the middleware's policies (System.Threading.RateLimiting;
/// in Redis across instances when configured, see <see cref="FixedWindows"/>).
/// </summary>
public sealed class SenderRateLimiter : IDisposable
{
    private readonly Dictionary<string, PartitionedRateLimiter<string>> _limiters;

    public SenderRateLimiter(IOptions<RateLimitingOptions> options, FixedWindows windows)
    {
        var settings = options.Value;
        _limiters = settings.Rules
            .Where(r => RateLimitPolicies.IsPerSender(r.Key))
            .ToDictionary(r => r.Key, r => PartitionedRateLimiter.Create<string, string>(sender => settings.Enabled
                ? windows.Partition(r.Key + ":sender", sender, r.Value.PerClient, r.Value.Window)
                : RateLimitPartition.GetNoLimiter(sender)));
    }

    /// <summary>Null when the sender may go on, else how long it should wait.</summary>
    /// <param name="policy">A policy of <see cref="RateLimitPolicies"/> that <see cref="RateLimitPolicies.IsPerSender"/>.</param>
    public TimeSpan? TryAcquire(string senderKey, string policy = RateLimitPolicies.SmsWebhook)
    {
        using var lease = _limiters[policy].AttemptAcquire(senderKey);
        return Wait(lease);
    }

    /// <summary>As <see cref="TryAcquire"/>, without blocking on Redis when the counts are there.</summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(string senderKey, CancellationToken cancellationToken, string policy = RateLimitPolicies.SmsWebhook)
    {
        using var lease = await _limiters[policy].AcquireAsync(senderKey, cancellationToken: cancellationToken);
        return Wait(lease);
    }

    private static TimeSpan? Wait(RateLimitLease lease) =>
        lease.IsAcquired ? null
        : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
