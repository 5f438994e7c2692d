namespace KnowYourRights.Bot.Web;

/// <summary>The chat page at <c>/</c> (Microsoft's Web Chat client talking to the embedded Direct Line).</summary>
public static class WebChatPage
{
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app) => app;
}
