namespace KnowYourRights.Bot.Hosting.RateLimiting;

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

    /// <summary><c>POST /ask/feedback</c>: the "was this helpful?" buttons of <c>/ask</c>.</summary>
    public const string AskFeedback = "ask-feedback";

    /// <summary>
    /// <c>POST /api/sms</c>. The middleware applies only the global limit: every post comes from
    /// Twilio's addresses, so the per-client limit is per sender key, applied by the webhook once
    /// the signature is checked (<see cref="SenderRateLimiter"/>).
    /// </summary>
    public const string SmsWebhook = "sms-webhook";

    /// <summary>
    /// <c>POST /api/voice</c> and its follow-up URLs (the phone line): like <see cref="SmsWebhook"/>,
    /// global in the middleware and per caller in the webhook.
    /// </summary>
    public const string VoiceWebhook = "voice-webhook";

    /// <summary>The policies whose requests all come from one service, so that the per-client limit is per sender instead.</summary>
    public static bool IsPerSender(string policy) => policy is SmsWebhook or VoiceWebhook;
}
