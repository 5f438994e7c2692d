using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// What the SMS channel and the phone line share through Twilio: the "Twilio" and "Sms" options
/// (validated on start), the senders' keys and state, the short links texted for sources, and the
/// sender of texts through Twilio's REST API. Both channels call it; it registers once.
/// </summary>
public static class TwilioHostingExtensions
{
    public static IHostApplicationBuilder AddTwilio(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(Registered)))
        {
            return builder;
        }
        services.AddSingleton<Registered>();
        services.AddOptions<SmsOptions>()
            .BindConfiguration(SmsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<TwilioOptions>()
            .BindConfiguration(TwilioOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(sp => SmsShortLinks.FromSeeds(
            sp.GetRequiredService<IOptions<IndexOptions>>().Value.SeedsPath,
            // The one place texts read the public address: the app-wide App:PublicBaseUrl.
            SmsShortLinks.PublicBase(sp.GetRequiredService<PublicLinks>().ConfiguredBaseUrl?.ToString(), sp.GetRequiredService<IOptions<TwilioOptions>>().Value.WebhookUrl)));

        services.TryAddSingleton<SmsSenderKeys>();
        builder.AddStore<SmsSenderStore, MemorySmsSenderStore, RedisSmsSenderStore>();

        // Connections renewed now and then, so a change of Twilio's addresses is followed.
        services.TryAddKeyedSingleton<HttpMessageHandler>(TwilioMessageSender.HandlerKey, (_, _) => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.TryAddSingleton<TwilioMessageSender>();
        return builder;
    }

    /// <summary>Marks the registrations done, so the second channel to ask does not add them (and their validation) again.</summary>
    private sealed class Registered;
}
