using System.Net;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Hosting;

/// <summary>
/// Absolute links to this site. They come from <c>App:PublicBaseUrl</c>; without it, from the
/// request only when it came to a loopback host (a developer's machine), because the <c>Host</c>
/// header is whatever the client sent: trusting it would let anyone make the outreach kit print
/// their own site into a flyer's QR code. Otherwise links stay relative.
/// </summary>
public sealed class PublicLinks(IOptions<AppOptions> options)
{
    /// <summary>The site's address ending in '/', or null when neither configuration nor a loopback request gives it.</summary>
    public Uri? BaseUrl(HttpRequest? request)
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return WithTrailingSlash(configured);
        }
        return request is not null && IsLoopback(request.Host)
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : null;
    }

    /// <summary>
    /// A link to a path of this site (<c>topics/dmv</c>, <c>?topic=dmv</c>): absolute when the base
    /// is known, else relative to the site's root (<c>/topics/dmv</c>).
    /// </summary>
    public string To(HttpRequest? request, string pathAndQuery) =>
        BaseUrl(request) is { } root ? root + pathAndQuery : "/" + pathAndQuery;

    /// <summary>The site's absolute address from configuration alone (no request: the command line, the bot's replies).</summary>
    public Uri? ConfiguredBaseUrl => options.Value.PublicBaseUrl is { } configured ? WithTrailingSlash(configured) : null;

    /// <summary>The paper's page at the configured address (citations link to its anchors), or null to keep Knowledge's relative <c>/paper</c>.</summary>
    public string? PaperPageUrl => ConfiguredBaseUrl is { } root ? root + "paper" : null;

    /// <summary>For <c>AddKnowledge</c>: the paper's page as the app's public address makes it.</summary>
    public static string? PaperPageUrlOf(IServiceProvider services) => services.GetRequiredService<PublicLinks>().PaperPageUrl;

    internal static bool IsLoopback(HostString host)
    {
        var name = host.Host.Trim('[', ']');
        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/");
}
