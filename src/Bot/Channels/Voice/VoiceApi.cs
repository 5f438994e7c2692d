using KnowYourRights.Bot.Hosting.RateLimiting;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>The phone line's routes; the handlers are in <see cref="VoiceWebhookEndpoint"/>.</summary>
public static class VoiceApi
{
    /// <summary><c>POST /api/voice</c> and the call's steps below it, rate limited like <c>/api/sms</c>.</summary>
    public static IEndpointRouteBuilder MapVoiceApi(this IEndpointRouteBuilder app)
    {
        var voice = app.MapGroup(VoiceUrls.Route).DisableAntiforgery().RequireRateLimiting(RateLimitPolicies.VoiceWebhook);
        voice.MapPost(string.Empty, VoiceWebhookEndpoint.CallAsync);
        voice.MapPost("/" + VoiceUrls.MenuStep, VoiceWebhookEndpoint.MenuAsync);
        voice.MapPost("/" + VoiceUrls.OptionsStep, VoiceWebhookEndpoint.OptionsAsync);
        voice.MapPost("/" + VoiceUrls.StatusStep, VoiceWebhookEndpoint.StatusAsync);
        return app;
    }
}
