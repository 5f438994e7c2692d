using System.Text.Json.Serialization;
using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

public static class HealthApi
{
    /// <summary>Maps <c>GET /healthz</c> (see <see cref="Status"/>), and <c>HEAD /healthz</c> for uptime monitors.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        // HEAD is the same check without a body; kept out of the OpenAPI document, which describes GET.
        app.MapMethods("/healthz", [HttpMethods.Head], Status).ExcludeFromDescription();
        app.MapGet("/healthz", Status)
            .WithName("getHealth")
            .WithTags(ApiDocument.HealthTag)
            .WithSummary("Whether the app is up")
            .WithDescription("200 with the live index version and its document count once the index is open.");
        return app;
    }

    /// <summary>
    /// <c>GET /healthz</c>: 200 with the live index version once the index is open. With Redis
    /// configured, also whether it is reachable; while it is not, the status is "degraded" (still
    /// 200: answers work, chats apologize, and every instance would be taken out of rotation at once otherwise).
    /// </summary>
    public static Ok<HealthStatus> Status(KnowledgeIndex index, SharedStateHealth sharedState)
    {
        var redis = sharedState.Redis;
        return TypedResults.Ok(new HealthStatus(redis is null or "ok" ? "ok" : "degraded", index.Current.Version, index.Current.DocumentCount, redis));
    }

    public sealed record HealthStatus(
        string Status,
        string IndexVersion,
        int Documents,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Redis = null);
}
