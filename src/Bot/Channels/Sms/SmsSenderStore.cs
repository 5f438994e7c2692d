using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Per-sender SMS state, in this process's memory only, keyed by sender key (see
/// <see cref="SmsSenderKeys"/>), with a time to live and a limit in bytes (<see cref="SmsOptions.MaxStateBytes"/>):
/// <list type="bullet">
/// <item>the <see cref="SmsSenderState"/> (pages for MORE, numbered choices, language), forgotten
/// after <see cref="SmsOptions.IdleTimeout"/> without a message or <see cref="SmsOptions.MaxAge"/>
/// in any case; when it goes, the bot's conversation state for that sender (notice shown,
/// language, the last answer's sources for SOURCES) is deleted with it, so the SMS side of the
/// bot's <see cref="ConversationState"/> expires too;</item>
/// <item>the STOP mark, kept for <see cref="SmsOptions.OptOutRetention"/>.</item>
/// </list>
/// Nothing is written to disk; a restart forgets everything (and, without a configured secret,
/// changes every sender key).
/// </summary>
public sealed class SmsSenderStore : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly SmsOptions _options;
    private readonly ConversationState _conversationState;
    private readonly ILogger<SmsSenderStore> _logger;
    private readonly TimeProvider _time;

    public SmsSenderStore(IOptions<SmsOptions> options, ConversationState conversationState, ILogger<SmsSenderStore> logger, TimeProvider? time = null)
    {
        _options = options.Value;
        _conversationState = conversationState;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            // Sized in bytes (estimated), so a few large states cannot hold more memory than many small ones.
            SizeLimit = _options.MaxStateBytes,
            ExpirationScanFrequency = TimeSpan.FromMinutes(1),
            Clock = time is null ? null : new TimeProviderClock(time),
        });
    }

    public bool IsStopped(string senderKey) => _cache.TryGetValue(StopKey(senderKey), out _);

    /// <summary>Marks the sender as opted out and forgets everything else about them at once.</summary>
    public void Stop(string senderKey)
    {
        _cache.Set(StopKey(senderKey), true, new MemoryCacheEntryOptions
        {
            Size = EntryOverheadBytes,
            Priority = CacheItemPriority.High,
            AbsoluteExpirationRelativeToNow = _options.OptOutRetention,
        });
        _cache.Remove(StateKey(senderKey));
        // Eviction callbacks run later, on the thread pool; an opt-out forgets now.
        ForgetConversation(senderKey);
    }

    public void Start(string senderKey) => _cache.Remove(StopKey(senderKey));

    public SmsSenderState? Get(string senderKey) => Entry(senderKey)?.State;

    /// <summary>Keeps (or refreshes) the sender's state, restarting its idle timeout but not its maximum age.</summary>
    public void Set(string senderKey, SmsSenderState state)
    {
        var started = Entry(senderKey)?.Started ?? _time.GetUtcNow();
        var entry = new MemoryCacheEntryOptions
        {
            Size = SizeOf(state),
            SlidingExpiration = _options.IdleTimeout,
            AbsoluteExpiration = started + _options.MaxAge,
        };
        entry.RegisterPostEvictionCallback(OnStateEvicted, senderKey);
        _cache.Set(StateKey(senderKey), new StateEntry(state, started), entry);
    }

    /// <summary>Refreshes the sender's state, creating an empty one, so that the conversation state made in this turn expires with it.</summary>
    public SmsSenderState Touch(string senderKey, string language)
    {
        var state = Get(senderKey) ?? new SmsSenderState([], [], language);
        Set(senderKey, state);
        return state;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>What an entry costs besides its text: the key, the entry and the record.</summary>
    private const int EntryOverheadBytes = 256;

    /// <summary>The bytes a state holds, roughly: two per character of text, and the overhead.</summary>
    internal static long SizeOf(SmsSenderState state) =>
        EntryOverheadBytes + 2L * (state.Pages.Sum(p => p.Length + 16) + state.Choices.Sum(c => c.Length + 16) + state.Language.Length);

    private StateEntry? Entry(string senderKey) => _cache.TryGetValue(StateKey(senderKey), out StateEntry? entry) ? entry : null;

    private static string StateKey(string senderKey) => "state:" + senderKey;

    private static string StopKey(string senderKey) => "stop:" + senderKey;

    private void OnStateEvicted(object key, object? value, EvictionReason reason, object? senderKey)
    {
        if (reason != EvictionReason.Replaced && senderKey is string sender)
        {
            ForgetConversation(sender);
        }
    }

    /// <summary>Deletes the bot's conversation state of one SMS sender.</summary>
    private void ForgetConversation(string sender)
    {
        try
        {
            // The bot's conversation state for an SMS sender is keyed by the sender key (the
            // conversation id is rewritten to it), so this deletes exactly that sender's state,
            // using the SDK's own storage key.
            using var context = new TurnContext(new StateOnlyAdapter(), new Activity
            {
                ChannelId = ConnectorChannels.Sms,
                Conversation = new ConversationAccount(id: sender),
            });
            _conversationState.DeleteAsync(context).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _logger.LogWarning("Could not delete an expired SMS conversation state ({ExceptionType}).", exception.GetType().Name);
        }
    }

    /// <summary>The state and when the sender's first message (since the state was last forgotten) came.</summary>
    private sealed record StateEntry(SmsSenderState State, DateTimeOffset Started);

    /// <summary>The adapter a state-only turn context needs; it never sends.</summary>
    private sealed class StateOnlyAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    /// <summary>Lets tests move the cache's clock.</summary>
    private sealed class TimeProviderClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
