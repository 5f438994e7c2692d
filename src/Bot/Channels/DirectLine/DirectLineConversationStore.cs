using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// The conversations in memory. A conversation is forgotten after <see cref="DirectLineOptions.ConversationTtl"/>
/// without activity, and starting one beyond <see cref="DirectLineOptions.MaxConversations"/> forgets
/// the least recently active, so memory stays bounded however many people (or scripts) connect.
/// Nothing is written to disk: a restart forgets everything, by design.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly DirectLineOptions _options = options.Value;
    private readonly Dictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Raised, outside the store's lock, for each conversation forgotten (expired or evicted), so
    /// the bot can be told and drop whatever it keeps about it.
    /// </summary>
    public event Action<DirectLineConversation>? Forgotten;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>The live conversation with this id, or a new one; <c>Started</c> is true when it is new.</summary>
    public (DirectLineConversation Conversation, bool Started) GetOrStart(string id, Func<string> userId)
    {
        var now = time.GetUtcNow();
        var forgotten = new List<DirectLineConversation>();
        DirectLineConversation conversation;
        lock (_gate)
        {
            if (_conversations.TryGetValue(id, out var existing) && !IsExpired(existing, now))
            {
                return (existing, false);
            }
            RemoveExpired(now, forgotten);
            while (_conversations.Count >= _options.MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastActive)!;
                _conversations.Remove(oldest.Id);
                forgotten.Add(oldest);
            }
            conversation = new DirectLineConversation(id, userId(), now, _options.MaxActivitiesPerConversation);
            _conversations.Add(id, conversation);
        }
        Notify(forgotten);
        return (conversation, true);
    }

    /// <summary>The live conversation with this id, or null when there is none (never started, expired or evicted).</summary>
    public DirectLineConversation? Find(string id)
    {
        var now = time.GetUtcNow();
        DirectLineConversation? conversation;
        lock (_gate)
        {
            if (!_conversations.TryGetValue(id, out conversation))
            {
                return null;
            }
            if (!IsExpired(conversation, now))
            {
                return conversation;
            }
            _conversations.Remove(id);
        }
        Notify([conversation]);
        return null;
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive > _options.ConversationTtl;

    private void RemoveExpired(DateTimeOffset now, List<DirectLineConversation> forgotten)
    {
        foreach (var conversation in _conversations.Values.Where(c => IsExpired(c, now)).ToList())
        {
            _conversations.Remove(conversation.Id);
            forgotten.Add(conversation);
        }
    }

    private void Notify(List<DirectLineConversation> forgotten)
    {
        foreach (var conversation in forgotten)
        {
            Forgotten?.Invoke(conversation);
        }
    }
}
