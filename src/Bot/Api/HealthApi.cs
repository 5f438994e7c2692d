using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Bot.Api;

public static class HealthApi
{
    /// <summary><c>GET /healthz</c>: 200 with the live index version once the index is open.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (KnowledgeIndex index) =>
            TypedResults.Ok(new HealthStatus("ok", index.Current.Version, index.Current.DocumentCount)));
        return app;
    }

    public sealed record HealthStatus(string Status, string IndexVersion, int Documents);
}
