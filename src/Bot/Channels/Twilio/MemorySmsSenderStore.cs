using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// <see cref="SmsSenderStore"/> in this process's memory only (the default, without Redis), with a
/// limit in bytes for all senders together (<see cref="SmsOptions.MaxStateBytes"/>): beyond it
/// the state least recently used is dropped first. Nothing is written to disk; a restart
/// forgets everything (and, without a configured secret, changes every sender key).
/// </summary>
public sealed class MemorySmsSenderStore : SmsSenderStore, IDisposable
{
    private readonly MemoryCache _cache;
    private readonly SmsOptions _options;
    private readonly TimeProvider _time;

    public MemorySmsSenderStore(IOptions<SmsOptions> options, ConversationState conversationState, ILogger<SmsSenderStore> logger, TimeProvider? time = null)
        : base(conversationState, logger)
    {
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            // Sized in bytes (estimated), so a few large states cannot hold more memory than many small ones.
            SizeLimit = _options.MaxStateBytes,
            ExpirationScanFrequency = TimeSpan.FromMinutes(1),
            Clock = time is null ? null : new TimeProviderClock(time),
        });
    }

    public override bool IsStopped(string senderKey) => _cache.TryGetValue(StopKey(senderKey), out _);

    /// <summary>Marks the sender as opted out and forgets everything else about them at once.</summary>
    public override void Stop(string senderKey)
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

    public override void Start(string senderKey) => _cache.Remove(StopKey(senderKey));

    public override void Forget(string senderKey)
    {
        _cache.Remove(StateKey(senderKey));
        ForgetConversation(senderKey);
    }

    public override SmsSenderState? Get(string senderKey) => Entry(senderKey)?.State;

    /// <summary>Keeps (or refreshes) the sender's state, restarting its idle timeout but not its maximum age.</summary>
    public override void Set(string senderKey, SmsSenderState state)
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

    public void Dispose() => _cache.Dispose();

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

    /// <summary>The state and when the sender's first message (since the state was last forgotten) came.</summary>
    private sealed record StateEntry(SmsSenderState State, DateTimeOffset Started);

    /// <summary>Lets tests move the cache's clock.</summary>
    private sealed class TimeProviderClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
