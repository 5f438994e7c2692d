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
        lock (_gate)
        {
            if (_conversations.TryGetValue(id, out var existing) && !IsExpired(existing, now))
            {
                return (existing, false);
            }
            _conversations.Remove(id);
            RemoveExpired(now);
            while (_conversations.Count >= _options.MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastActive)!;
                _conversations.Remove(oldest.Id);
            }
            var conversation = new DirectLineConversation(id, userId(), now, _options.MaxActivitiesPerConversation);
            _conversations.Add(id, conversation);
            return (conversation, true);
        }
    }

    /// <summary>The live conversation with this id, or null when there is none (never started, expired or evicted).</summary>
    public DirectLineConversation? Find(string id)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_conversations.TryGetValue(id, out var conversation))
            {
                return null;
            }
            if (IsExpired(conversation, now))
            {
                _conversations.Remove(id);
                return null;
            }
            return conversation;
        }
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive > _options.ConversationTtl;

    private void RemoveExpired(DateTimeOffset now)
    {
        foreach (var conversation in _conversations.Values.Where(c => IsExpired(c, now)).ToList())
        {
            _conversations.Remove(conversation.Id);
        }
    }
}
