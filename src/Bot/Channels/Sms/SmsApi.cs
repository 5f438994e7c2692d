using KnowYourRights.Bot.Hosting.RateLimiting;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>The direct Twilio SMS webhook's route; the handler is <see cref="SmsWebhookEndpoint"/>.</summary>
public static class SmsApi
{
    /// <summary><c>POST /api/sms</c>: the direct Twilio webhook (see <see cref="SmsWebhookEndpoint"/>).</summary>
    public static IEndpointRouteBuilder MapSmsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sms", SmsWebhookEndpoint.HandleAsync).DisableAntiforgery().RequireRateLimiting(RateLimitPolicies.SmsWebhook);
        return app;
    }
}
