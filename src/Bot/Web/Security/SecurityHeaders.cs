using KnowYourRights.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.Http.Features;

namespace KnowYourRights.Bot.Web.Security;

/// <summary>
/// The headers every response carries, whatever route made it (an error, a 404 or a 405 too):
/// <c>X-Content-Type-Options: nosniff</c>, so a JSON error that echoes its input is never read as
/// a page; <c>Referrer-Policy: no-referrer</c>, because the questions people ask say a lot about
/// them; <c>Permissions-Policy</c> denying camera, microphone and location; and, when the endpoint set none, a Content-Security-Policy that allows nothing and no
/// framing. Pages that need more (<c>/</c>, <c>/embed</c>, the outreach kit) set their own, which
/// is kept as it is. It also marks the embedded Direct Line's responses "do not compress" (see
/// <see cref="SelectiveCompressionProvider"/>).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>For JSON, XML, images and any page that does not set its own: load nothing, run nothing, be framed by no one.</summary>
    public const string DefaultContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string ReferrerPolicy = "no-referrer";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(DirectLineApi.BasePath, StringComparison.OrdinalIgnoreCase))
        {
            // BREACH: these responses carry tokens beside text the caller chose (its messages, echoed
            // in the activity feed); compressed over TLS, their lengths could leak the token.
            // The compression middleware, which runs first, put its feature here.
            if (context.Features.Get<IHttpsCompressionFeature>() is { } compression)
            {
                compression.Mode = HttpsCompressionMode.DoNotCompress;
            }
        }
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (!headers.ContainsKey("Referrer-Policy"))
            {
                headers["Referrer-Policy"] = ReferrerPolicy;
            }
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = DefaultContentSecurityPolicy;
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
