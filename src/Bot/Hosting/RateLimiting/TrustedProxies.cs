using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// ASP.NET Core's forwarded-headers middleware with the proxies of <c>RateLimiting:TrustedProxies</c>:
/// behind them, a client is the address their <c>X-Forwarded-For</c> names, so per-client limits
/// count real clients (behind Azure's front end every user would otherwise share its address);
/// from any other address the header is ignored and cannot be spoofed. One hop only
/// (<see cref="ForwardedHeadersOptions.ForwardLimit"/> 1): the entry the trusted proxy appended,
/// never one the client wrote in front of it.
/// </summary>
public static class TrustedProxies
{
    public static void Configure(ForwardedHeadersOptions forwarded, RateLimitingOptions settings)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.ForwardLimit = 1;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in settings.TrustedProxies)
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            }
            else
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(entry));
            }
        }
    }

    /// <summary>True when every entry is an address or a network in CIDR form.</summary>
    public static bool AreValid(IEnumerable<string> entries) =>
        entries.All(e => e.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(e, out _) : IPAddress.TryParse(e, out _));

    /// <summary>The middleware, first in the pipeline, when any proxy is trusted.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        return settings.TrustedProxies.Length == 0 ? app : app.UseForwardedHeaders();
    }
}
