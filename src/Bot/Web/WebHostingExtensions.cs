namespace KnowYourRights.Bot.Web;

/// <summary>Maps the chat page and its files (see <see cref="WebChatPage"/>).</summary>
public static class WebHostingExtensions
{
    /// <summary><c>/</c>, <c>/embed</c>, <c>/webchat/{file}</c> and <c>/webchat/topics/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", WebChatPage.Page);
        app.MapGet("/embed", WebChatPage.Embed);
        app.MapGet("/webchat/{file}", WebChatPage.Asset);
        app.MapGet("/webchat/topics/{id}", WebChatPage.Topic);
        return app;
    }
}
