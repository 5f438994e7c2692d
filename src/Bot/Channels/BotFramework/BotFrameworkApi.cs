namespace KnowYourRights.Bot.Channels.BotFramework;

/// <summary>The Bot Framework channel's one route; the handler is <see cref="BotMessagesEndpoint"/>.</summary>
public static class BotFrameworkApi
{
    /// <summary><c>POST /api/messages</c> for Azure Bot Service and the Bot Framework Emulator (see <see cref="BotMessagesEndpoint"/>).</summary>
    public static IEndpointRouteBuilder MapBotFrameworkApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", BotMessagesEndpoint.HandleAsync);
        return app;
    }
}
