using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using KnowYourRights.Bot.State;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// The partition key of a client for rate limiting: HMAC-SHA256 of its address with a key made
/// at random when the process starts and held only in memory (with Redis: derived from
/// <c>Redis:KeySecret</c>, the same on every instance, and never stored), so no address is kept in the
/// limiter's tables (or a memory dump) and none can be recovered from a key. An IPv6 client is
/// keyed by its /64, the block one household or phone usually gets, so cycling through the
/// addresses of one's own block does not escape the limit. The keys are never logged.
/// </summary>
public sealed class ClientAddressKeys
{
    /// <summary>The one partition of requests whose address is unknown (as under TestServer).</summary>
    public const string Unknown = "unknown";

    private readonly byte[] _secret;

    /// <summary>With Redis, every instance must key a client alike (the counters are shared): a key derived from <c>Redis:KeySecret</c>.</summary>
    public ClientAddressKeys(SharedKeys? sharedKeys = null) => _secret = sharedKeys?.For("client-address") ?? RandomNumberGenerator.GetBytes(32);

    public string For(HttpContext context) => For(context.Connection.RemoteIpAddress);

    public string For(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            bytes = bytes[..8];
        }
        return Convert.ToBase64String(HMACSHA256.HashData(_secret, bytes), 0, 16);
    }
}
