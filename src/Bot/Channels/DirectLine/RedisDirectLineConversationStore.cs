using System.Globalization;
using System.Text;
using KnowYourRights.Bot.State;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// The conversations in Redis, so a conversation started on one instance goes on on any other
/// (used when <c>Redis:ConnectionString</c> is set). Per conversation, a hash
/// <c>{prefix}dl:conv:{id}</c> (the user's id, the last sequence number, the feed's bytes) and a
/// list <c>{prefix}dl:feed:{id}</c> of <c>sequence\nJSON</c> entries; one sorted set
/// <c>{prefix}dl:active</c> of the conversations by last activity, for the count cap. The same
/// limits as in memory, each kept by one script: the time to live (a Redis TTL renewed by every
/// activity), <see cref="DirectLineOptions.MaxActivitiesPerConversation"/> and
/// <see cref="DirectLineOptions.MaxConversationBytes"/> per feed, and
/// <see cref="DirectLineOptions.MaxConversations"/> with the same eviction of idle ones. All feeds
/// together are bounded by count × bytes per feed (<see cref="DirectLineOptions.MaxTotalBytes"/>
/// applies to memory only). The scripts name keys they derive from the prefix, so Redis must be one
/// shard (not a cluster), as Azure Cache for Redis Basic, Standard and non-clustered Premium are.
/// </summary>
public sealed class RedisDirectLineConversationStore : IDirectLineConversationStore, IDisposable
{
    /// <summary>Stands for the sequence number in an activity's id until the script that appends it knows it.</summary>
    private const string SequencePlaceholder = "#######";

    // KEYS: the conversation, the active set. ARGV: id, user id, now (ms), time to live (ms), the most
    // conversations, idle time before eviction (ms), the conversation and feed key prefixes.
    // Returns {0, user} (exists), {1, user} (started) or {2, ms to wait} (full of active conversations).
    private const string StartScript = """
        local user = redis.call('HGET', KEYS[1], 'u')
        if user then return {0, user} end
        local now = tonumber(ARGV[3])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4]))
        while redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) do
          local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
          local idle = now - tonumber(oldest[2])
          if idle < tonumber(ARGV[6]) then return {2, tostring(tonumber(ARGV[6]) - idle)} end
          redis.call('ZREM', KEYS[2], oldest[1])
          redis.call('DEL', ARGV[7] .. oldest[1], ARGV[8] .. oldest[1])
        end
        redis.call('HSET', KEYS[1], 'u', ARGV[2], 's', 0, 'b', 0)
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('ZADD', KEYS[2], now, ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        return {1, ARGV[2]}
        """;

    // KEYS: the conversation, its feed, the active set. ARGV: the activity's JSON, its id with the
    // placeholder (quoted), the id's prefix (quoted), the most activities, the most bytes, time to
    // live (ms), now (ms), the conversation's id. Returns the sequence number, or -1 when the conversation is gone.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local seq = redis.call('HINCRBY', KEYS[1], 's', 1)
        local json = ARGV[1]
        local at = string.find(json, ARGV[2], 1, true)
        if at then json = string.sub(json, 1, at - 1) .. ARGV[3] .. string.format('%07d', seq) .. '"' .. string.sub(json, at + #ARGV[2]) end
        local bytes = redis.call('HINCRBY', KEYS[1], 'b', #json)
        local count = redis.call('RPUSH', KEYS[2], seq .. '\n' .. json)
        while count > 1 and (count > tonumber(ARGV[4]) or bytes > tonumber(ARGV[5])) do
          local old = redis.call('LPOP', KEYS[2])
          bytes = redis.call('HINCRBY', KEYS[1], 'b', string.find(old, '\n', 1, true) - #old)
          count = count - 1
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[6])
        redis.call('PEXPIRE', KEYS[2], ARGV[6])
        redis.call('ZADD', KEYS[3], ARGV[7], ARGV[8])
        redis.call('PEXPIRE', KEYS[3], ARGV[6])
        return seq
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    /// <summary>
    /// This instance's handle of each conversation in use here: its turn gate lets the bot take one
    /// activity of a conversation at a time on this instance. The state itself is all in Redis.
    /// </summary>
    private readonly MemoryCache _handles;

    public RedisDirectLineConversationStore(IConnectionMultiplexer redis, RedisKeys keys, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _redis = redis;
        _keys = keys;
        _options = options.Value;
        _time = time;
        _handles = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxConversations });
    }

    /// <summary>Never raised: Redis forgets a conversation by its time to live and tells no one; the bot's state for it expires by its own.</summary>
    public event Action<DirectLineConversation>? Forgotten
    {
        add { }
        remove { }
    }

    public async Task<ConversationStart> GetOrStartAsync(string id, Func<string> userId)
    {
        var ttl = (long)_options.ConversationTtl.TotalMilliseconds;
        var evictAfter = (long)(_options.EvictIdleAfter < _options.ConversationTtl ? _options.EvictIdleAfter : _options.ConversationTtl).TotalMilliseconds;
        var result = (RedisResult[])(await RedisCalls.RunAsync(() => Database.ScriptEvaluateAsync(StartScript,
            [ConversationKey(id), ActiveKey],
            [id, userId(), Now, ttl, _options.MaxConversations, evictAfter, _keys.For("dl:conv", string.Empty).ToString(), _keys.For("dl:feed", string.Empty).ToString()])))!;
        var status = (int)result[0];
        return status == 2
            ? new ConversationStart(null, false, TimeSpan.FromMilliseconds(long.Parse((string)result[1]!, CultureInfo.InvariantCulture)))
            : new ConversationStart(Handle(id, (string)result[1]!), status == 1, TimeSpan.Zero);
    }

    public async Task<DirectLineConversation?> FindAsync(string id)
    {
        var user = await RedisCalls.RunAsync(() => Database.HashGetAsync(ConversationKey(id), "u"));
        return user.IsNull ? null : Handle(id, user!);
    }

    public async Task<string> AppendAsync(DirectLineConversation conversation, Activity activity)
    {
        var now = _time.GetUtcNow();
        activity.Id = $"{conversation.Id}|{SequencePlaceholder}";
        activity.Timestamp = now;
        var json = ActivityJson.ToUtf8(activity);
        var sequence = (long)await RedisCalls.RunAsync(() => Database.ScriptEvaluateAsync(AppendScript,
            [ConversationKey(conversation.Id), FeedKey(conversation.Id), ActiveKey],
            [json, $"\"{activity.Id}\"", $"\"{conversation.Id}|", _options.MaxActivitiesPerConversation, _options.MaxConversationBytes,
             (long)_options.ConversationTtl.TotalMilliseconds, now.ToUnixTimeMilliseconds(), conversation.Id]));
        conversation.Touch(now);
        // A conversation forgotten while a turn was still running: nobody is left to read it.
        activity.Id = $"{conversation.Id}|{Math.Max(sequence, 0):D7}";
        return activity.Id;
    }

    public async Task<(IReadOnlyList<FeedActivity> Activities, long Watermark)> AfterAsync(DirectLineConversation conversation, long watermark, int maxBytes)
    {
        var (entries, last) = await RedisCalls.RunAsync(async () =>
        {
            var transaction = Database.CreateTransaction();
            var feed = transaction.ListRangeAsync(FeedKey(conversation.Id));
            var sequence = transaction.HashGetAsync(ConversationKey(conversation.Id), "s");
            await transaction.ExecuteAsync();
            return (await feed, await sequence);
        });
        return FeedPage.After(entries.Select(e => Parse(e!)), watermark, maxBytes, last.IsNull ? watermark : (long)last);
    }

    public void Dispose() => _handles.Dispose();

    private IDatabase Database => _redis.GetDatabase();

    private long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private RedisKey ActiveKey => _keys.For("dl", "active");

    private RedisKey ConversationKey(string id) => _keys.For("dl:conv", id);

    private RedisKey FeedKey(string id) => _keys.For("dl:feed", id);

    private DirectLineConversation Handle(string id, string userId) =>
        _handles.GetOrCreate(id, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = _options.ConversationTtl;
            // The feed lives in Redis; this object's own feed stays empty.
            return new DirectLineConversation(id, userId, _time.GetUtcNow(), _options.MaxActivitiesPerConversation, _options.MaxConversationBytes);
        })!;

    /// <summary>One feed entry: the sequence number, a newline, the activity's UTF-8 JSON.</summary>
    private static FeedActivity Parse(byte[] entry)
    {
        var newline = Array.IndexOf(entry, (byte)'\n');
        return new FeedActivity(long.Parse(Encoding.ASCII.GetString(entry, 0, newline), CultureInfo.InvariantCulture), entry[(newline + 1)..]);
    }
}
