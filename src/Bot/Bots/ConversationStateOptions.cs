using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Bots;

/// <summary>Configuration section "Bot:State": how long the bot remembers an idle conversation.</summary>
public sealed class ConversationStateOptions
{
    public const string Section = "Bot:State";

    /// <summary>A conversation idle this long is forgotten (its notice flag, language and last sources).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan IdleTimeToLive { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The most conversations remembered at once; past it, the longest idle are forgotten first.</summary>
    [Range(10, 10_000_000)]
    public int MaxConversations { get; set; } = 50_000;
}
