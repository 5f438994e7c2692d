namespace KnowYourRights.Bot.Hosting;

/// <summary>
/// GET and HEAD: what a page or a health check answers. HEAD is what uptime monitors and link
/// checkers send; the server sends the GET response's headers without its body.
/// </summary>
public static class HttpMethodsGetHead
{
    public static readonly string[] Both = [HttpMethods.Get, HttpMethods.Head];
}
