using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// Configuration section "RateLimiting": every rate limit of the app, in one place. A client over
/// a limit gets 429 with <c>Retry-After</c>. <c>RateLimiting:Enabled=false</c> (environment
/// <c>RateLimiting__Enabled=false</c>) turns them all off, for load tests and benchmarks.
/// </summary>
public sealed class RateLimitingOptions : IValidatableObject
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>New Direct Line tokens (each opens one chat). Generous per address: a class or a clinic shares one.</summary>
    public RateLimitRule DirectLineTokens { get; set; } = RateLimitRule.PerMinute(20, concurrency: 32, queue: 256);

    /// <summary>Direct Line conversations started.</summary>
    public RateLimitRule DirectLineConversations { get; set; } = RateLimitRule.PerMinute(20, concurrency: 32, queue: 256);

    /// <summary>Activities (messages) posted to Direct Line conversations.</summary>
    public RateLimitRule DirectLineActivities { get; set; } = RateLimitRule.PerMinute(30, concurrency: 16, queue: 256);

    /// <summary><c>GET /api/answer</c>.</summary>
    public RateLimitRule AnswerApi { get; set; } = RateLimitRule.PerMinute(30, concurrency: 8, queue: 128);

    /// <summary>The <c>/ask</c> page.</summary>
    public RateLimitRule AskPage { get; set; } = RateLimitRule.PerMinute(30, concurrency: 8, queue: 128);

    /// <summary>Votes from the <c>/ask</c> page: one per answer read, so fewer than questions.</summary>
    public RateLimitRule AskFeedback { get; set; } = RateLimitRule.PerMinute(10, concurrency: 8, queue: 128);

    /// <summary>The Twilio webhook: per sender (the sender key) and in all.</summary>
    public RateLimitRule SmsWebhook { get; set; } = RateLimitRule.PerMinute(10, concurrency: 8, queue: 128);

    /// <summary>
    /// The phone line's webhook: per caller (the sender key) and in all. A call makes one request
    /// per key pressed or question said, and every answer takes longer to hear than a few seconds.
    /// </summary>
    public RateLimitRule VoiceWebhook { get; set; } = RateLimitRule.PerMinute(30, concurrency: 8, queue: 128);

    /// <summary>
    /// Addresses and networks of the reverse proxies in front of the app ("10.0.0.5",
    /// "10.0.0.0/8", "0.0.0.0/0" where only a front end can reach the app, as on App Service). A
    /// request from one of them is keyed by the client its <c>X-Forwarded-For</c> names (the last
    /// entry: the one the proxy added); from anywhere else the header is ignored, so it cannot be spoofed.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>The rule of each policy in <see cref="RateLimitPolicies"/>.</summary>
    public IReadOnlyDictionary<string, RateLimitRule> Rules => new Dictionary<string, RateLimitRule>(StringComparer.Ordinal)
    {
        [RateLimitPolicies.DirectLineTokens] = DirectLineTokens,
        [RateLimitPolicies.DirectLineConversations] = DirectLineConversations,
        [RateLimitPolicies.DirectLineActivities] = DirectLineActivities,
        [RateLimitPolicies.AnswerApi] = AnswerApi,
        [RateLimitPolicies.AskPage] = AskPage,
        [RateLimitPolicies.AskFeedback] = AskFeedback,
        [RateLimitPolicies.SmsWebhook] = SmsWebhook,
        [RateLimitPolicies.VoiceWebhook] = VoiceWebhook,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (policy, rule) in Rules)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(rule, new ValidationContext(rule), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"RateLimiting ({policy}): {result.ErrorMessage}", result.MemberNames);
            }
        }
    }
}
