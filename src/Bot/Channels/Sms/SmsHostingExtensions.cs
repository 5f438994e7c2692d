using KnowYourRights.Bot.Channels.Shared;
using KnowYourRights.Bot.Channels.Shared.RateLimiting;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>Registers the SMS channel: its renderer and short links, per-sender state, the middleware on Azure's adapter, and the direct Twilio webhook.</summary>
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
            // The one place SMS reads the public address: the app-wide App:PublicBaseUrl.
            SmsShortLinks.PublicBase(sp.GetRequiredService<PublicLinks>().ConfiguredBaseUrl?.ToString(), sp.GetRequiredService<IOptions<TwilioOptions>>().Value.WebhookUrl)));

        // A text as long as Twilio delivers must be answered, never refused as too long.
        services.AddOptions<AnswerOptions>()
            .Validate(o => o.MaxQuestionLength >= SmsSegments.MaxIncomingLength,
                $"Knowledge:MaxQuestionLength must be at least {SmsSegments.MaxIncomingLength}, the longest SMS Twilio delivers.")
            .ValidateOnStart();

        services.TryAddSingleton<SmsAnswerRenderer>();
        services.AddSingleton<IReplyRenderer>(sp => sp.GetRequiredService<SmsAnswerRenderer>());

        services.TryAddSingleton<SmsSenderKeys>();
        // Shared by every instance in Redis when configured (README, "Scaling out"), else in memory.
        if (RedisHostingExtensions.UsesRedis(builder.Configuration))
        {
            services.TryAddSingleton<SmsSenderStore, RedisSmsSenderStore>();
        }
        else
        {
            services.TryAddSingleton<SmsSenderStore, MemorySmsSenderStore>();
        }
        services.TryAddSingleton<SmsSenderKeyMiddleware>();
        services.TryAddSingleton<SmsConversationMiddleware>();
        services.TryAddSingleton<SmsAdapter>();

        // On the Bot Framework adapter, in this order: the number becomes the sender key before
        // anything (state included) sees the activity; then the SMS conversation.
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<SmsSenderKeyMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<SmsConversationMiddleware>());
        return builder;
    }

    /// <summary>
    /// <c>GET /s/{code}</c>: the short links in SMS replies (see <see cref="SmsShortLinkEndpoint"/>).
    /// The link table is made here, at start, so that a code collision stops the app at once.
    /// </summary>
    public static IEndpointRouteBuilder MapSmsShortLinks(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<SmsShortLinks>();
        app.MapGet("/" + SmsShortLinks.RoutePrefix + "{code}", SmsShortLinkEndpoint.Handle);
        return app;
    }

    /// <summary><c>POST /api/sms</c>: the direct Twilio webhook (see <see cref="SmsWebhookEndpoint"/>).</summary>
    public static IEndpointRouteBuilder MapSmsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sms", SmsWebhookEndpoint.HandleAsync).DisableAntiforgery().RequireRateLimiting(RateLimitPolicies.SmsWebhook);
        return app;
    }
}
