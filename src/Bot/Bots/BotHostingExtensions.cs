using KnowYourRights.Bot.Channels.BotFramework;
using KnowYourRights.Bot.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Bots;

/// <summary>Registers the bot and the Bot Framework endpoint (<c>POST /api/messages</c>).</summary>
public static class BotHostingExtensions
{
    /// <summary>
    /// The bot (as <see cref="IBot"/>, which every channel resolves), its renderers, its
    /// memory-only conversation state, and the Azure Bot Service adapter with authentication
    /// from configuration (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId).
    /// </summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotEndpointOptions>()
            .BindConfiguration(BotEndpointOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Conversation state in process memory only: never persisted, lost on restart, forgotten
        // when idle (Bot:State), and deleted by "start over". Questions can reveal immigration
        // status, so nothing the user says is stored (see ConversationData).
        services.AddOptions<ConversationStateOptions>()
            .BindConfiguration(ConversationStateOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage, ExpiringMemoryStorage>();
        services.TryAddSingleton<ConversationState>();

        services.TryAddSingleton<TopicMenu>();
        services.TryAddSingleton<WebChatAnswerRenderer>();
        services.AddSingleton<IReplyRenderer>(sp => sp.GetRequiredService<WebChatAnswerRenderer>());
        services.TryAddSingleton<ReplyRendererSelector>();
        services.TryAddTransient<IBot, KnowYourRightsBot>();

        services.TryAddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            httpClientFactory: sp.GetService<IHttpClientFactory>(),
            logger: new WarningsOnlyLogger(sp.GetRequiredService<ILoggerFactory>().CreateLogger<ConfigurationBotFrameworkAuthentication>())));
        services.TryAddSingleton<AdapterWithErrorHandler>();
        services.TryAddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        return builder;
    }

    /// <summary><c>POST /api/messages</c> for Azure Bot Service and the Bot Framework Emulator (see <see cref="BotMessagesEndpoint"/>).</summary>
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", BotMessagesEndpoint.HandleAsync);
        return app;
    }
}
