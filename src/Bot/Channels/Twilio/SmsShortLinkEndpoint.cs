using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// <c>GET /s/{code}</c>: a 302 to what the short link points at (a source's own URL, or
/// <c>/paper#passage</c> on this app); a small plain 404 for a code that is not one. A 302, not a
/// 301, so that a source whose URL is corrected in <c>sources.json</c> is found under the same code.
/// </summary>
public static class SmsShortLinkEndpoint
{
    public static Results<RedirectHttpResult, ContentHttpResult> Handle(string code, HttpRequest request, SmsShortLinks links) =>
        links.TryResolve(code, out var target)
            ? TypedResults.Redirect(target.StartsWith('/') ? request.PathBase + target : target)
            : TypedResults.Text("No such link.", "text/plain", statusCode: StatusCodes.Status404NotFound);
}
