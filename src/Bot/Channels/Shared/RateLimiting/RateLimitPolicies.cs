namespace KnowYourRights.Bot.Channels.Shared.RateLimiting;

/// <summary>
/// The names of the rate-limit policies, for <c>.RequireRateLimiting(name)</c> on an endpoint.
/// Each has a rule (per client and global) in configuration section <c>RateLimiting</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary><c>POST /v3/directline/tokens/generate</c>.</summary>
    public const string DirectLineTokens = "directline-tokens";

    /// <summary><c>POST /v3/directline/conversations</c>.</summary>
    public const string DirectLineConversations = "directline-conversations";

    /// <summary><c>POST /v3/directline/conversations/{id}/activities</c>.</summary>
    public const string DirectLineActivities = "directline-activities";

    /// <summary><c>GET /api/answer</c>.</summary>
    public const string AnswerApi = "answer-api";

    /// <summary>The <c>/ask</c> page (questions answered without the chat).</summary>
    public const string AskPage = "ask-page";

    /// <summary>
    /// <c>POST /api/sms</c>. The middleware applies only the global limit: every post comes from
    /// Twilio's addresses, so the per-client limit is per sender key, applied by the webhook once
    /// the signature is checked (<see cref="SenderRateLimiter"/>).
    /// </summary>
    public const string SmsWebhook = "sms-webhook";
}
