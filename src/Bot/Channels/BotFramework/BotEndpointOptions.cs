using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Channels.BotFramework;

/// <summary>Configuration section "Bot". (The Azure keys MicrosoftAppId … stay top-level, where the SDK reads them.)</summary>
public sealed class BotEndpointOptions
{
    public const string Section = "Bot";

    /// <summary>
    /// The largest activity <c>/api/messages</c> accepts, in bytes. A question is at most a few
    /// hundred characters; channel activities with their metadata stay well under this.
    /// </summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;
}
