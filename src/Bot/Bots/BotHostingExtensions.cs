using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Bots;

/// <summary>Registers the bot itself; each channel that carries it registers its own hosting (see <c>Channels/</c>).</summary>
public static class BotHostingExtensions
{
    /// <summary>
    /// The bot (as <see cref="IBot"/>, which every channel resolves), its topic menu, its
    /// renderers (Web Chat's, the fallback for every channel without its own) and its
    /// conversation state (in memory, or in Redis when configured).
    /// </summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // Conversation state in process memory only: never persisted, lost on restart, forgotten
        // when idle (Bot:State), and deleted by "start over". Questions can reveal immigration
        // status, so nothing the user says is stored (see ConversationData).
        services.AddOptions<ConversationStateOptions>()
            .BindConfiguration(ConversationStateOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // With Redis (docs/operations.md, "Scaling out") the state is shared by every instance, with the same idle time to live.
        builder.AddStore<IStorage, ExpiringMemoryStorage, RedisConversationStorage>();
        services.TryAddSingleton<ConversationState>();

        services.TryAddSingleton<TopicMenu>();
        services.TryAddSingleton<WebChatAnswerRenderer>();
        services.AddSingleton<IReplyRenderer>(sp => sp.GetRequiredService<WebChatAnswerRenderer>());
        services.TryAddSingleton<ReplyRendererSelector>();
        services.TryAddSingleton<FeedbackEvents>();
        services.TryAddTransient<IBot, KnowYourRightsBot>();
        return builder;
    }
}
