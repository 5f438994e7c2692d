using System.Net;

namespace KnowYourRights.Bot.Channels.BotFramework;

/// <summary>
/// The rule for <c>/api/messages</c> when no <c>MicrosoftAppId</c> is configured. Then the SDK
/// checks no token at all and posts replies to whatever <c>serviceUrl</c> an activity carries,
/// so anyone could use the bot to send requests anywhere. Without an app id the endpoint is for
/// the Bot Framework Emulator on this machine only: the caller and the <c>serviceUrl</c> must
/// both be loopback.
/// </summary>
public static class LoopbackAccess
{
    /// <summary>
    /// True for 127.0.0.0/8 and ::1 (also IPv4-mapped). An unknown address (null, as under
    /// ASP.NET Core's TestServer or an in-memory transport) is not loopback: it is refused.
    /// </summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    /// <summary>True for an absolute http(s) URL whose host is localhost or a loopback address.</summary>
    public static bool IsLoopbackServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;
}
