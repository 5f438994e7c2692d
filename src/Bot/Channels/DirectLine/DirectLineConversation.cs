using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// One conversation's feed: the user's and the bot's activities in order of arrival, numbered by
/// a sequence that is also the watermark, so a client that polls with its last watermark gets
/// exactly what it has not seen. The feed keeps the newest activities only (a cap, not a log),
/// bounded both in count and in bytes; each activity is kept as its UTF-8 JSON, so the bytes
/// counted are the bytes held.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, DateTimeOffset startedAt, int maxActivities, int maxBytes)
{
    private readonly Lock _gate = new();
    private readonly Queue<FeedActivity> _feed = new();
    private long _sequence;
    private long _bytes;
    private bool _closed;
    private long _lastActiveTicks = startedAt.UtcTicks;

    public string Id { get; } = id;

    /// <summary>The user's id in this conversation, fixed when it starts.</summary>
    public string UserId { get; } = userId;

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    /// <summary>The bytes of JSON the feed holds now.</summary>
    public long FeedBytes => Interlocked.Read(ref _bytes);

    /// <summary>Lets the bot take one activity of this conversation at a time, in order.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>Marks the conversation as in use now (a message in or out), which postpones its expiry.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>
    /// Gives the activity the next id and the time now, and appends a snapshot of it to the feed,
    /// dropping the oldest activities past the count or byte cap (never the one just added).
    /// Returns its id and by how many bytes the feed grew (negative when it shrank).
    /// </summary>
    internal (string Id, long Growth) Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var before = _bytes;
            var sequence = ++_sequence;
            activity.Id = $"{Id}|{sequence:D7}";
            activity.Timestamp = now;
            if (_closed)
            {
                // Forgotten while a turn was still running: nobody is left to read it.
                return (activity.Id, 0);
            }
            // A snapshot: later changes the bot makes to its Activity object cannot alter what was sent.
            var json = ActivityJson.ToUtf8(activity);
            _feed.Enqueue(new FeedActivity(sequence, json));
            _bytes += json.Length;
            while (_feed.Count > 1 && (_feed.Count > maxActivities || _bytes > maxBytes))
            {
                _bytes -= _feed.Dequeue().Json.Length;
            }
            Touch(now);
            return (activity.Id, _bytes - before);
        }
    }

    /// <summary>
    /// Drops the oldest activity, but never the newest (<paramref name="keepNewest"/>) when it is
    /// the one a caller has just appended; returns the bytes freed (0 when nothing could go).
    /// </summary>
    internal long DropOldest(bool keepNewest)
    {
        lock (_gate)
        {
            if (_feed.Count == 0 || (keepNewest && _feed.Count == 1))
            {
                return 0;
            }
            var freed = _feed.Dequeue().Json.Length;
            _bytes -= freed;
            return freed;
        }
    }

    /// <summary>Empties the feed for good (the store has forgotten the conversation); returns the bytes freed.</summary>
    internal long Close()
    {
        lock (_gate)
        {
            _closed = true;
            var freed = _bytes;
            _feed.Clear();
            _bytes = 0;
            return freed;
        }
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/>, at most <paramref name="maxBytes"/> of them
    /// (but always one when there is one), and the watermark to ask with next: the last one
    /// returned, so a client that got only part of what is new gets the rest on its next poll.
    /// </summary>
    public (IReadOnlyList<FeedActivity> Activities, long Watermark) After(long watermark, int maxBytes)
    {
        lock (_gate)
        {
            return FeedPage.After(_feed, watermark, maxBytes, _sequence);
        }
    }
}
