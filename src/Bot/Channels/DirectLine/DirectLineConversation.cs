using System.Text.Json;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// One conversation's feed: the user's and the bot's activities in order of arrival, numbered by
/// a sequence that is also the watermark, so a client that polls with its last watermark gets
/// exactly what it has not seen. The feed keeps the newest activities only (a cap, not a log).
/// </summary>
public sealed class DirectLineConversation(string id, string userId, DateTimeOffset startedAt, int maxActivities)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, JsonElement Activity)> _feed = new();
    private long _sequence;
    private long _lastActiveTicks = startedAt.UtcTicks;

    public string Id { get; } = id;

    /// <summary>The user's id in this conversation, fixed when it starts.</summary>
    public string UserId { get; } = userId;

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    /// <summary>Lets the bot take one activity of this conversation at a time, in order.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>Marks the conversation as in use now (a message in or out), which postpones its expiry.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>Gives the activity the next id and the time now, and appends a snapshot of it to the feed.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            activity.Id = $"{Id}|{sequence:D7}";
            activity.Timestamp = now;
            // A snapshot: later changes the bot makes to its Activity object cannot alter what was sent.
            _feed.Enqueue((sequence, ActivityJson.ToElement(activity)));
            while (_feed.Count > maxActivities)
            {
                _feed.Dequeue();
            }
            Touch(now);
            return activity.Id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/>, and the watermark to ask with next.</summary>
    public (IReadOnlyList<JsonElement> Activities, long Watermark) After(long watermark)
    {
        lock (_gate)
        {
            return ([.. _feed.Where(item => item.Sequence > watermark).Select(item => item.Activity)], _sequence);
        }
    }
}
