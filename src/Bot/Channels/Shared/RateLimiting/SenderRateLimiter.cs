using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Shared.RateLimiting;

/// <summary>
/// A per-sender limit for a channel whose requests all come from one service (Twilio posts every
/// SMS), where the client's address says nothing: partitioned by the sender key, which the
/// channel knows only once it has read and verified the request. The same fixed window as the
/// middleware's policies (System.Threading.RateLimiting; in Redis across instances when configured, see
/// <see cref="FixedWindows"/>), with the rule of <see cref="RateLimitPolicies.SmsWebhook"/>.
/// </summary>
public sealed class SenderRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SenderRateLimiter(IOptions<RateLimitingOptions> options, FixedWindows windows)
    {
        var settings = options.Value;
        var rule = settings.SmsWebhook;
        _limiter = PartitionedRateLimiter.Create<string, string>(sender => settings.Enabled
            ? windows.Partition(RateLimitPolicies.SmsWebhook + ":sender", sender, rule.PerClient, rule.Window)
            : RateLimitPartition.GetNoLimiter(sender));
    }

    /// <summary>Null when the sender may go on, else how long it should wait.</summary>
    public TimeSpan? TryAcquire(string senderKey)
    {
        using var lease = _limiter.AttemptAcquire(senderKey);
        return Wait(lease);
    }

    /// <summary>As <see cref="TryAcquire"/>, without blocking on Redis when the counts are there.</summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(string senderKey, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(senderKey, cancellationToken: cancellationToken);
        return Wait(lease);
    }

    private static TimeSpan? Wait(RateLimitLease lease) =>
        lease.IsAcquired ? null
        : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);

    public void Dispose() => _limiter.Dispose();
}
