using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>What the Direct Line endpoints need, bound with [AsParameters].</summary>
public sealed record DirectLineServices(
    DirectLineTokenService Tokens,
    IDirectLineConversationStore Conversations,
    DirectLineAdapter Adapter,
    IOptions<DirectLineOptions> Options,
    IHostApplicationLifetime Lifetime,
    ILogger<DirectLineServices> Logger)
{
    public DirectLineOptions Limits => Options.Value;

    /// <summary>Bot turns outlive the request that started them, up to shutdown.</summary>
    public CancellationToken Stopping => Lifetime.ApplicationStopping;
}
