using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// Where the embedded Direct Line keeps its conversations and their feeds: this process's memory
/// (<see cref="DirectLineConversationStore"/>, the default) or Redis, shared by every instance
/// (<see cref="RedisDirectLineConversationStore"/>). Both keep the same limits; the Redis one
/// throws <see cref="State.SharedStateUnavailableException"/> while Redis is unreachable.
/// </summary>
public interface IDirectLineConversationStore
{
    /// <summary>Raised for each conversation forgotten (expired or evicted), when the store can tell, so the bot can drop what it keeps about it.</summary>
    event Action<DirectLineConversation>? Forgotten;

    /// <summary>The live conversation with this id, or a new one, or none when the store is full of active ones (see <see cref="ConversationStart"/>).</summary>
    Task<ConversationStart> GetOrStartAsync(string id, Func<string> userId);

    /// <summary>The live conversation with this id, or null when there is none (never started, expired or evicted).</summary>
    Task<DirectLineConversation?> FindAsync(string id);

    /// <summary>Gives the activity the conversation's next id and the time now, appends it to the feed within the byte and count caps, and returns its id.</summary>
    Task<string> AppendAsync(DirectLineConversation conversation, Activity activity);

    /// <summary>The activities after <paramref name="watermark"/>, at most <paramref name="maxBytes"/> of them (but always one when there is one), and the next watermark.</summary>
    Task<(IReadOnlyList<FeedActivity> Activities, long Watermark)> AfterAsync(DirectLineConversation conversation, long watermark, int maxBytes);
}
