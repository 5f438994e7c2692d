using KnowYourRights.Bot.Channels.Twilio;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>Registers the phone line (see <see cref="VoiceCall"/>; its routes are in <see cref="VoiceApi"/>). Call after <c>AddSms</c>: it builds on the SMS channel's sender keys, store and short links.</summary>
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
}
