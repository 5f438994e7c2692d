using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Security;

/// <summary>
/// ASP.NET Core's compression provider, except that a response marked
/// <see cref="HttpsCompressionMode.DoNotCompress"/> is never compressed, over HTTP too (the
/// built-in one honours the mark only for HTTPS requests; behind a TLS-terminating proxy the app
/// sees HTTP, and the mark must hold there as well).
/// </summary>
public sealed class SelectiveCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.Features.Get<IHttpsCompressionFeature>()?.Mode != HttpsCompressionMode.DoNotCompress
        && base.ShouldCompressResponse(context);
}
