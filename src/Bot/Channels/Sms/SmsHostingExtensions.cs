using Microsoft.Extensions.Options;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>Registers the SMS channel: its renderer, the middleware on Azure's adapter and the direct Twilio webhook; what it shares with the phone line (sender state, short links) comes from <see cref="TwilioHostingExtensions.AddTwilio"/>.</summary>
public static class SmsHostingExtensions
{
    /// <summary>
    /// SMS for both ways in: Azure's Twilio channel (channel <c>sms</c> on <c>/api/messages</c>,
    /// through the sender-key and conversation middleware on the Bot Framework adapter) and the
    /// direct webhook (<c>/api/sms</c>, configuration section "Twilio").
    /// </summary>
    public static IHostApplicationBuilder AddSms(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddTwilio();

        // A text as long as Twilio delivers must be answered, never refused as too long.
        services.AddOptions<AnswerOptions>()
            .Validate(o => o.MaxQuestionLength >= SmsSegments.MaxIncomingLength,
                $"Knowledge:MaxQuestionLength must be at least {SmsSegments.MaxIncomingLength}, the longest SMS Twilio delivers.")
            .ValidateOnStart();

        // One renderer per text channel, each with its layout: SMS, and WhatsApp on the same webhook.
        services.AddSingleton<ITextMessageFormat>(sp => new SmsMessageFormat(sp.GetRequiredService<IOptions<SmsOptions>>().Value.FoldToGsm7));
        services.TryAddSingleton<WhatsAppMessageFormat>();
        services.AddSingleton<ITextMessageFormat>(sp => sp.GetRequiredService<WhatsAppMessageFormat>());
        services.TryAddSingleton(sp => new SmsAnswerRenderer(sp.GetRequiredService<SmsShortLinks>()));
        services.AddSingleton<IReplyRenderer>(sp => sp.GetRequiredService<SmsAnswerRenderer>());
        services.AddSingleton<IReplyRenderer>(sp => new SmsAnswerRenderer(sp.GetRequiredService<SmsShortLinks>(), sp.GetRequiredService<WhatsAppMessageFormat>()));

        services.TryAddSingleton<SmsSenderKeyMiddleware>();
        services.TryAddSingleton<SmsConversationMiddleware>();
        services.TryAddSingleton<SmsAdapter>();

        // On the Bot Framework adapter, in this order: the number becomes the sender key before
        // anything (state included) sees the activity; then the SMS conversation.
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<SmsSenderKeyMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<SmsConversationMiddleware>());
        return builder;
    }
}
