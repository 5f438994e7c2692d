using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// Guards the admin endpoints: 404 when no key is configured (the API is off and does not
/// reveal itself), 401 without the right key, 429 while a client that guessed wrong too often
/// waits (<see cref="AdminKeyFailures"/>). Keys are compared in constant time, over their
/// SHA-256 digests so that the comparison does not leak the key's length either.
/// </summary>
internal sealed class AdminKey(IOptions<AdminOptions> options) : IEndpointFilter
{
    public const string Header = "X-Admin-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Refusal(context.HttpContext, options.Value) ?? await next(context);

    /// <summary>The same guard as middleware, for endpoints that are not route handlers (the Prometheus scrape).</summary>
    internal static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        if (Refusal(context, context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>404 when no key is configured, 401 without the right one, null when the request may pass.</summary>
    private static IResult? Refusal(HttpContext context, AdminOptions options)
    {
        var key = options.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return TypedResults.NotFound();
        }
        var failures = context.RequestServices.GetRequiredService<AdminKeyFailures>();
        if (failures.Wait(context) is { } wait)
        {
            return KnowYourRights.Bot.Hosting.RateLimiting.RateLimitRejection.Result(context.Response, wait);
        }
        if (!Matches(Presented(context.Request), key))
        {
            failures.Failed(context);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Unauthorized();
        }
        failures.Succeeded(context);
        return null;
    }

    internal static bool Matches(string? presented, string key) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var header) && header.Count == 1)
        {
            return header[0];
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
