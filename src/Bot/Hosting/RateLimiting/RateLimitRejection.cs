using KnowYourRights.Bot.Hosting;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>What a client over a limit gets: 429, <c>Retry-After</c> and a problem body saying when to try again.</summary>
public static class RateLimitRejection
{
    public static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        // The outcome only (never the client's address or key), and at Debug: a flood must not flood the logs too.
        rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(RateLimitRejection))
            .LogDebug("Rate limit reached; answered 429.");
        await Result(rejected.HttpContext.Response, wait).ExecuteAsync(rejected.HttpContext);
    }

    public static ProblemHttpResult Result(HttpResponse response, TimeSpan wait)
    {
        RetryAfter.Set(response, wait);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Too many requests. Try again in {RetryAfter.Seconds(wait)} seconds.");
    }
}
