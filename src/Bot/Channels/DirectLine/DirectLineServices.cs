using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>What the Direct Line endpoints need, bound with [AsParameters]; each marked [FromServices], as the build-time request delegates cannot ask the container which types are services.</summary>
public sealed record DirectLineServices(
    [FromServices] DirectLineTokenService Tokens,
    [FromServices] IDirectLineConversationStore Conversations,
    [FromServices] DirectLineAdapter Adapter,
    [FromServices] IOptions<DirectLineOptions> Options,
    [FromServices] IHostApplicationLifetime Lifetime,
    [FromServices] ILogger<DirectLineServices> Logger)
{
    public DirectLineOptions Limits => Options.Value;

    /// <summary>Bot turns outlive the request that started them, up to shutdown.</summary>
    public CancellationToken Stopping => Lifetime.ApplicationStopping;
}
