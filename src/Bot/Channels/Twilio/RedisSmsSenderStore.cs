using System.Text.Json;
using System.Text.Json.Serialization;
using KnowYourRights.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// <see cref="SmsSenderStore"/> in Redis, shared by every instance (used when <c>Redis:ConnectionString</c>
/// is set). One key per sender's state (<c>{prefix}sms:state:{sender key}</c>: JSON of the pages,
/// choices, language and the first message's time) whose Redis time to live is the idle timeout,
/// cut short by the maximum age; one per STOP (<c>{prefix}sms:stop:{sender key}</c>) for the opt-out
/// retention. <see cref="SmsOptions.MaxStateBytes"/> bounds one process's memory; here each state
/// is capped at <see cref="MaxEntryBytes"/> (later pages dropped first) and the total is bounded by
/// the time to live and Redis's <c>maxmemory</c> (docs/operations.md, "Scaling out"). The bot's conversation
/// state of a sender whose state expired is deleted when they write again (Redis does not call
/// back on expiry); until then it is kept no longer than its own idle time to live.
/// </summary>
public sealed partial class RedisSmsSenderStore(
    IConnectionMultiplexer redis,
    RedisKeys keys,
    IOptions<SmsOptions> options,
    ConversationState conversationState,
    ILogger<SmsSenderStore> logger,
    TimeProvider time) : SmsSenderStore(conversationState, logger)
{
    /// <summary>The largest state kept for one sender: a long answer's pages are a few KB.</summary>
    public const int MaxEntryBytes = 16 * 1024;

    private readonly SmsOptions _options = options.Value;

    public override bool IsStopped(string senderKey) =>
        RedisCalls.Run(() => Database.KeyExists(StopKey(senderKey)));

    public override void Stop(string senderKey)
    {
        RedisCalls.Run(() =>
        {
            var transaction = Database.CreateTransaction();
            _ = transaction.StringSetAsync(StopKey(senderKey), "1", _options.OptOutRetention);
            _ = transaction.KeyDeleteAsync(StateKey(senderKey));
            return transaction.Execute();
        });
        ForgetConversation(senderKey);
    }

    public override void Start(string senderKey) => RedisCalls.Run(() => Database.KeyDelete(StopKey(senderKey)));

    public override void Forget(string senderKey)
    {
        RedisCalls.Run(() => Database.KeyDelete(StateKey(senderKey)));
        ForgetConversation(senderKey);
    }

    public override SmsSenderState? Get(string senderKey) => Read(senderKey)?.State;

    public override void Set(string senderKey, SmsSenderState state) =>
        Write(senderKey, state, Read(senderKey)?.Started ?? time.GetUtcNow());

    /// <summary>As in memory, and a sender with no state left (new, idle or past the maximum age) starts with no conversation state either.</summary>
    public override SmsSenderState Touch(string senderKey, string language)
    {
        if (Read(senderKey) is { } entry)
        {
            Write(senderKey, entry.State, entry.Started);
            return entry.State;
        }
        ForgetConversation(senderKey);
        var state = new SmsSenderState([], [], language);
        Write(senderKey, state, time.GetUtcNow());
        return state;
    }

    private IDatabase Database => redis.GetDatabase();

    private StoredState? Read(string senderKey)
    {
        var value = RedisCalls.Run(() => Database.StringGet(StateKey(senderKey)));
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize((byte[])value!, StoredStateJson.Default.StoredState);
    }

    private void Write(string senderKey, SmsSenderState state, DateTimeOffset started)
    {
        var left = started + _options.MaxAge - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            RedisCalls.Run(() => Database.KeyDelete(StateKey(senderKey)));
            return;
        }
        var json = Serialize(state, started);
        var ttl = left < _options.IdleTimeout ? left : _options.IdleTimeout;
        RedisCalls.Run(() => Database.StringSet(StateKey(senderKey), json, ttl));
    }

    /// <summary>The state as JSON, its later pages dropped until it fits <see cref="MaxEntryBytes"/> (MORE then says there is nothing more).</summary>
    private static byte[] Serialize(SmsSenderState state, DateTimeOffset started)
    {
        while (true)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(new StoredState(state, started), StoredStateJson.Default.StoredState);
            if (json.Length <= MaxEntryBytes || state.Pages.Count == 0)
            {
                return json.Length <= MaxEntryBytes ? json : JsonSerializer.SerializeToUtf8Bytes(
                    new StoredState(new SmsSenderState([], [], state.Language), started), StoredStateJson.Default.StoredState);
            }
            state = state with { Pages = state.Pages.Take(state.Pages.Count - 1).ToList() };
        }
    }

    private RedisKey StateKey(string senderKey) => keys.For("sms:state", senderKey);

    private RedisKey StopKey(string senderKey) => keys.For("sms:stop", senderKey);

    /// <summary>What is kept under a sender's state key: the state and when the sender's first message (since the state was last forgotten) came.</summary>
    internal sealed record StoredState(SmsSenderState State, DateTimeOffset Started);

    [JsonSerializable(typeof(StoredState))]
    internal sealed partial class StoredStateJson : JsonSerializerContext;
}
