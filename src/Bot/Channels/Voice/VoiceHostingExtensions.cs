using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Hosting.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>Registers and maps the phone line (see <see cref="VoiceWebhookEndpoint"/> and <see cref="VoiceCall"/>). Call after <c>AddSms</c>: it builds on the SMS channel's sender keys, store and short links.</summary>
public static class VoiceHostingExtensions
{
    /// <summary>The phone line's options (section "Twilio", validated on start), the call flow and its state, and texting through Twilio's REST API.</summary>
    public static IHostApplicationBuilder AddVoice(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddTwilio();
        services.TryAddSingleton<VoiceUrls>();
        services.TryAddSingleton<VoiceCallStore>();
        services.TryAddSingleton<SpokenAnswerRenderer>();
        services.TryAddSingleton<VoiceLinkTexter>();
        services.TryAddSingleton<VoiceCall>();
        return builder;
    }

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
