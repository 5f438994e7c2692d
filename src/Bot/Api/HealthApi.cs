using KnowYourRights.Knowledge.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

public static class HealthApi
{
    /// <summary><c>GET /healthz</c>: 200 with the live index version once the index is open.</summary>
    public static Ok<HealthStatus> Status(KnowledgeIndex index) =>
        TypedResults.Ok(new HealthStatus("ok", index.Current.Version, index.Current.DocumentCount));

    public sealed record HealthStatus(string Status, string IndexVersion, int Documents);
}
