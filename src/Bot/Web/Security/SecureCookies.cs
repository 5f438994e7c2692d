using System.Net;
using KnowYourRights.Bot.Hosting;
using Microsoft.AspNetCore.CookiePolicy;

namespace KnowYourRights.Bot.Web.Security;

/// <summary>
/// Every cookie the app sets (the admin session, the admin page's antiforgery cookie
/// <c>kyr-admin-csrf</c>, any later one) is <c>Secure</c>, whatever its own options say, except
/// on a plain-HTTP request that is local use: from this machine to a loopback name
/// (<c>http://localhost:5000/admin</c>, the README's way), where a browser has no HTTPS to send
/// it back over. See docs/decisions/secure-cookies.md.
/// </summary>
internal static class SecureCookies
{
    public static void Configure(CookiePolicyOptions options)
    {
        options.OnAppendCookie = context => MakeSecure(context.Context, context.CookieOptions);
        options.OnDeleteCookie = context => MakeSecure(context.Context, context.CookieOptions);
    }

    /// <summary>
    /// Plain HTTP from a loopback address to a loopback host name. A reverse proxy on the same
    /// machine forwards the public name in <c>Host</c>, so its requests are not local use even
    /// though they come from 127.0.0.1.
    /// </summary>
    public static bool IsLocalPlainHttp(HttpContext context) =>
        !context.Request.IsHttps
        && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && PublicLinks.IsLoopback(context.Request.Host);

    private static void MakeSecure(HttpContext context, CookieOptions options)
    {
        if (!IsLocalPlainHttp(context))
        {
            options.Secure = true;
        }
    }
}
