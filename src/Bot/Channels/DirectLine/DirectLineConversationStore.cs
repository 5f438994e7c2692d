using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// The conversations in memory, bounded in count and in bytes, so memory stays bounded however
/// many people (or scripts) connect and whatever they post:
/// <list type="bullet">
/// <item>a conversation is forgotten after <see cref="DirectLineOptions.ConversationTtl"/> without activity;</item>
/// <item>at <see cref="DirectLineOptions.MaxConversations"/>, a new one takes the place of the
/// least recently active conversation idle for <see cref="DirectLineOptions.EvictIdleAfter"/>,
/// and is refused when every one is newer than that (a flood cannot end chats in progress);</item>
/// <item>each feed keeps at most <see cref="DirectLineOptions.MaxConversationBytes"/>, and all
/// together at most <see cref="DirectLineOptions.MaxTotalBytes"/>: beyond it the oldest
/// activities of the largest feeds drop off first.</item>
/// </list>
/// Nothing is written to disk: a restart forgets everything, by design. Used without Redis;
/// with it, <see cref="RedisDirectLineConversationStore"/>.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time) : IDirectLineConversationStore
{
    private readonly DirectLineOptions _options = options.Value;
    private readonly Dictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _totalBytes;

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

    /// <summary>The bytes of JSON all feeds hold now.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    public Task<ConversationStart> GetOrStartAsync(string id, Func<string> userId) => Task.FromResult(GetOrStart(id, userId));

    public Task<DirectLineConversation?> FindAsync(string id) => Task.FromResult(Find(id));

    public Task<string> AppendAsync(DirectLineConversation conversation, Activity activity) => Task.FromResult(Append(conversation, activity));

    public Task<(IReadOnlyList<FeedActivity> Activities, long Watermark)> AfterAsync(DirectLineConversation conversation, long watermark, int maxBytes) =>
        Task.FromResult(conversation.After(watermark, maxBytes));

    /// <summary>
    /// The live conversation with this id, or a new one (<see cref="ConversationStart.Started"/>), or,
    /// when the store is full of conversations active within <see cref="DirectLineOptions.EvictIdleAfter"/>,
    /// none (<see cref="ConversationStart.Conversation"/> null) and how long until one may be evicted.
    /// </summary>
    public ConversationStart GetOrStart(string id, Func<string> userId)
    {
        var now = time.GetUtcNow();
        var forgotten = new List<DirectLineConversation>();
        DirectLineConversation conversation;
        try
        {
            lock (_gate)
            {
                if (_conversations.TryGetValue(id, out var existing) && !IsExpired(existing, now))
                {
                    return new ConversationStart(existing, false, TimeSpan.Zero);
                }
                RemoveExpired(now, forgotten);
                while (_conversations.Count >= _options.MaxConversations)
                {
                    var oldest = _conversations.Values.MinBy(c => c.LastActive)!;
                    var idle = now - oldest.LastActive;
                    if (idle < EvictIdleAfter)
                    {
                        // Every conversation is in use: refuse the newcomer rather than end someone's chat.
                        return new ConversationStart(null, false, EvictIdleAfter - idle);
                    }
                    Remove(oldest);
                    forgotten.Add(oldest);
                }
                conversation = new DirectLineConversation(id, userId(), now, _options.MaxActivitiesPerConversation, _options.MaxConversationBytes);
                _conversations.Add(id, conversation);
            }
        }
        finally
        {
            Notify(forgotten);
        }
        return new ConversationStart(conversation, true, TimeSpan.Zero);
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
            Remove(conversation);
        }
        Notify([conversation]);
        return null;
    }

    /// <summary>
    /// Appends an activity to a conversation's feed (see <see cref="DirectLineConversation.Append"/>)
    /// and keeps all feeds within <see cref="DirectLineOptions.MaxTotalBytes"/>.
    /// </summary>
    public string Append(DirectLineConversation conversation, Activity activity)
    {
        var (id, growth) = conversation.Append(activity, time.GetUtcNow());
        if (Interlocked.Add(ref _totalBytes, growth) > _options.MaxTotalBytes)
        {
            ReclaimBytes(conversation);
        }
        return id;
    }

    /// <summary>
    /// Drops the oldest activity of the largest feed until all feeds fit the budget again. The
    /// largest first: a flood fills its own feeds, so it loses its own activities before anyone
    /// else's. The activity just appended (<paramref name="appendedTo"/>'s newest) stays.
    /// </summary>
    private void ReclaimBytes(DirectLineConversation appendedTo)
    {
        lock (_gate)
        {
            while (Interlocked.Read(ref _totalBytes) > _options.MaxTotalBytes)
            {
                long freed = 0;
                foreach (var conversation in _conversations.Values.OrderByDescending(c => c.FeedBytes))
                {
                    freed = conversation.DropOldest(keepNewest: conversation == appendedTo);
                    if (freed > 0)
                    {
                        break;
                    }
                }
                if (freed == 0)
                {
                    return;
                }
                Interlocked.Add(ref _totalBytes, -freed);
            }
        }
    }

    /// <summary>A conversation quiet for the time to live is gone anyway, so it may always make room.</summary>
    private TimeSpan EvictIdleAfter => _options.EvictIdleAfter < _options.ConversationTtl ? _options.EvictIdleAfter : _options.ConversationTtl;

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive > _options.ConversationTtl;

    private void RemoveExpired(DateTimeOffset now, List<DirectLineConversation> forgotten)
    {
        foreach (var conversation in _conversations.Values.Where(c => IsExpired(c, now)).ToList())
        {
            Remove(conversation);
            forgotten.Add(conversation);
        }
    }

    /// <summary>Forgets a conversation and the bytes its feed held (caller holds the lock).</summary>
    private void Remove(DirectLineConversation conversation)
    {
        _conversations.Remove(conversation.Id);
        Interlocked.Add(ref _totalBytes, -conversation.Close());
    }

    private void Notify(List<DirectLineConversation> forgotten)
    {
        foreach (var conversation in forgotten)
        {
            Forgotten?.Invoke(conversation);
        }
    }
}
