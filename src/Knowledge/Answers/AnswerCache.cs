namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Recent answers of one index version, so a question asked again (a topic link, a menu button,
/// a popular question) is not searched and composed again. In memory only, least recently used
/// first out, never more than <see cref="Capacity"/> entries.
/// </summary>
/// <remarks>
/// <para>
/// Keyed by the message with personal details already removed (as the answer itself echoes it),
/// never by who asked: no user, conversation, phone or address is part of a key. A follow-up is
/// answered with the previous answer's card as context, so that card's id is part of the key.
/// </para>
/// <para>
/// Every entry belongs to the version it was answered from, and the cache holds one version at a
/// time: an answer is only found for the version the question was leased, and adding one for
/// another version (or <see cref="Clear"/> on an index swap) drops every older entry first. So an
/// answer from a version that is no longer live is never served after the swap.
/// </para>
/// </remarks>
internal sealed class AnswerCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Key, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private string? _version;

    public AnswerCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>The most answers held at once (0: none are held).</summary>
    public int Capacity { get; }

    /// <summary>Answers held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The answer to <paramref name="message"/> made from <paramref name="version"/> with this context, or null.</summary>
    public Answer? Find(string version, string message, string? previousCardId)
    {
        lock (_lock)
        {
            if (version != _version || !_entries.TryGetValue(new Key(message, previousCardId), out var node))
            {
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Answer;
        }
    }

    /// <summary>Keeps an answer made from <paramref name="version"/>; one from another version than the cache holds replaces them all.</summary>
    public void Add(string version, string message, string? previousCardId, Answer answer)
    {
        if (Capacity == 0)
        {
            return;
        }
        lock (_lock)
        {
            if (version != _version)
            {
                ClearLocked(version);
            }
            var key = new Key(message, previousCardId);
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= Capacity && _recency.Last is { } oldest)
            {
                _entries.Remove(oldest.Value.Key);
                _recency.RemoveLast();
            }
            _entries[key] = _recency.AddFirst(new Entry(key, answer));
        }
    }

    /// <summary>Forgets every answer; only answers made from <paramref name="liveVersion"/> are kept from now on.</summary>
    public void Clear(string liveVersion)
    {
        lock (_lock)
        {
            ClearLocked(liveVersion);
        }
    }

    private void ClearLocked(string version)
    {
        _entries.Clear();
        _recency.Clear();
        _version = version;
    }

    private readonly record struct Key(string Message, string? PreviousCardId);

    private sealed record Entry(Key Key, Answer Answer);
}
