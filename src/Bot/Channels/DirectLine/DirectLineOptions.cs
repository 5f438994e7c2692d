using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>Configuration section "DirectLine": the limits of the embedded Direct Line service.</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string Section = "DirectLine";

    /// <summary>
    /// How long a token is good for. Web Chat refreshes its token every 15 minutes, so anything
    /// shorter than about 16 minutes ends conversations that stay open that long.
    /// </summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation with no new activity for this long is forgotten.</summary>
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Conversations kept in memory at once. Starting one more forgets the least recently active
    /// of those idle for <see cref="EvictIdleAfter"/>; when none is, the new one is refused (503).
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>
    /// A conversation quiet for less than this is never forgotten to make room for a new one: a
    /// flood of new conversations is refused rather than ending the chats of people still typing.
    /// (A conversation quiet for <see cref="ConversationTtl"/> is gone anyway, whichever is shorter.)
    /// </summary>
    public TimeSpan EvictIdleAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Activities kept per conversation; older ones drop off the feed (the client has them already).</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 120;

    /// <summary>
    /// The largest activity a client may post, as JSON in bytes, channelData, entities and
    /// attachments included (413 beyond it). 8 KB holds a 2,000-character message in any script
    /// and everything Web Chat sends with it.
    /// </summary>
    [Range(1024, 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 8 * 1024;

    /// <summary>The bytes of JSON one conversation's feed keeps; the oldest activities drop off beyond it.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxConversationBytes { get; set; } = 128 * 1024;

    /// <summary>
    /// The bytes of JSON all feeds together keep. Beyond it the oldest activities of the largest
    /// feeds drop off first (activities their clients have almost always fetched already).
    /// </summary>
    [Range(4096, 16L * 1024 * 1024 * 1024)]
    public long MaxTotalBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most bytes of activities one <c>GET activities</c> returns; the rest come with the next poll.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>The longest message text taken, in characters (413 beyond it): a long story is read for its question; <see cref="MaxActivityBytes"/> binds first.</summary>
    [Range(1, 100_000)]
    public int MaxMessageLength { get; set; } = 8000;

    /// <summary>The largest request body taken, in bytes (413 beyond it).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Key that signs tokens (HMAC-SHA256), at least 32 characters. Unset: with Redis, a key derived
    /// from <c>Redis:KeySecret</c> (the same on every instance); without, a random key per process,
    /// so tokens do not outlive a restart.
    /// </summary>
    public string? TokenSecret { get; set; }

    /// <summary>The bot's account in activities.</summary>
    [Required, StringLength(64, MinimumLength = 1)]
    public string BotId { get; set; } = "knowyourrights-bot";

    [Required, StringLength(64, MinimumLength = 1)]
    public string BotName { get; set; } = "Know Your Rights";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TokenLifetime < TimeSpan.FromSeconds(1) || TokenLifetime > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("DirectLine:TokenLifetime must be between 1 second and 1 day.", [nameof(TokenLifetime)]);
        }
        if (ConversationTtl < TimeSpan.FromSeconds(1) || ConversationTtl > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("DirectLine:ConversationTtl must be between 1 second and 7 days.", [nameof(ConversationTtl)]);
        }
        if (EvictIdleAfter < TimeSpan.Zero || EvictIdleAfter > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("DirectLine:EvictIdleAfter must be between 0 and 1 day.", [nameof(EvictIdleAfter)]);
        }
        if (MaxConversationBytes < MaxActivityBytes || MaxTotalBytes < MaxConversationBytes || MaxResponseBytes < MaxActivityBytes)
        {
            yield return new ValidationResult(
                "DirectLine:MaxConversationBytes and DirectLine:MaxResponseBytes must be at least DirectLine:MaxActivityBytes, and DirectLine:MaxTotalBytes at least DirectLine:MaxConversationBytes.",
                [nameof(MaxConversationBytes), nameof(MaxTotalBytes), nameof(MaxResponseBytes)]);
        }
        if (TokenSecret is not null && TokenSecret.Length < 32)
        {
            yield return new ValidationResult("DirectLine:TokenSecret must be at least 32 characters (or unset for a random key per process).", [nameof(TokenSecret)]);
        }
    }
}
