using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Channels.Shared;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>Registers the outreach kit's services; its routes are in <see cref="OutreachApi"/>.</summary>
public static class OutreachHostingExtensions
{
    /// <summary>The outreach options (validated on start) and the links the kit hands out (from App:PublicBaseUrl, see <see cref="Hosting.PublicLinks"/>).</summary>
    public static IHostApplicationBuilder AddOutreach(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutreachOptions>()
            .BindConfiguration(OutreachOptions.Section)
            // One setting makes every absolute link now; an old one left in place must not be silently ignored.
            .Validate(_ => builder.Configuration[$"{OutreachOptions.Section}:PublicBaseUrl"] is null, "Outreach:PublicBaseUrl has moved: set App:PublicBaseUrl instead.")
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.FrameAncestors) && o.FrameAncestors.IndexOfAny([';', ',', '\r', '\n']) < 0,
                "Outreach:FrameAncestors must be one frame-ancestors source list (e.g. 'self' https://partner.example.org), with no ';', ',' or line breaks.")
            // Printed on flyers and dialled from a tel: link: one exact form.
            .Validate(
                o => string.IsNullOrEmpty(o.VoiceNumber) || PhoneNumbers.IsE164(o.VoiceNumber),
                "Outreach:VoiceNumber must be the phone line's number in E.164 form, e.g. +15550100100.")
            // Made into wa.me links and QR codes that get printed: one exact form.
            .Validate(
                o => string.IsNullOrEmpty(o.WhatsAppNumber) || PhoneNumbers.IsE164(o.WhatsAppNumber),
                "Outreach:WhatsAppNumber must be the Twilio WhatsApp sender's number in E.164 form without the whatsapp: prefix, e.g. +15550100100.")
            .ValidateOnStart();
        builder.Services.AddSingleton<OutreachLinks>();
        return builder;
    }
}
