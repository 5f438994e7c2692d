using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Shared.RateLimiting;

/// <summary>
/// A per-sender limit for a channel whose requests all come from one service (Twilio posts every
/// SMS and every step of a call), where the client's address says nothing: partitioned by the
/// policy and the sender key, which the channel knows only once it has read and verified the
/// request. The same fixed window as the middleware's policies (System.Threading.RateLimiting),
/// with the rule of the policy (<see cref="RateLimitPolicies.SmsWebhook"/>, <see cref="RateLimitPolicies.VoiceWebhook"/>).
/// </summary>
public sealed class SenderRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string Policy, string Sender)> _limiter;

    public SenderRateLimiter(IOptions<RateLimitingOptions> options)
    {
        var settings = options.Value;
        var rules = settings.Rules;
        _limiter = PartitionedRateLimiter.Create<(string Policy, string Sender), (string, string)>(key => settings.Enabled
            ? RateLimitPartition.GetFixedWindowLimiter(key, k => RateLimitingHostingExtensions.Window(rules[k.Item1].PerClient, rules[k.Item1].Window))
            : RateLimitPartition.GetNoLimiter(key));
    }

    /// <summary>Null when the sender may go on, else how long it should wait.</summary>
    /// <param name="policy">A policy of <see cref="RateLimitPolicies"/> that <see cref="RateLimitPolicies.IsPerSender"/>.</param>
    public TimeSpan? TryAcquire(string senderKey, string policy = RateLimitPolicies.SmsWebhook)
    {
        using var lease = _limiter.AttemptAcquire((policy, senderKey));
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
