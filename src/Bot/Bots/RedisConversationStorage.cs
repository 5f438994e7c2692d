using System.Security.Cryptography;
using System.Text;
using KnowYourRights.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Bots;

/// <summary>
/// The bot's conversation state in Redis, shared by every instance (used when
/// <c>Redis:ConnectionString</c> is set; otherwise <see cref="ExpiringMemoryStorage"/>). The same
/// rules as in memory: an entry idle for <see cref="ConversationStateOptions.IdleTimeToLive"/> is
/// gone (a Redis time to live, renewed by every read and write), and an entry is at most
/// <see cref="MaxEntryBytes"/>. The SDK's optimistic concurrency is kept: a write of an
/// <see cref="IStoreItem"/> whose ETag is neither "*" nor the stored one fails, checked and
/// written in one script. Keys are keyed hashes of the SDK's key (which holds the channel's
/// conversation id), and values are JSON without type names, read back as <see cref="JObject"/>
/// (which the SDK's <see cref="BotState"/> converts), so nothing read from Redis picks a .NET type.
/// </summary>
public sealed class RedisConversationStorage(IConnectionMultiplexer redis, RedisKeys keys, SharedKeys sharedKeys, IOptions<ConversationStateOptions> options) : IStorage
{
    /// <summary>The largest entry written: a conversation's state is a few KB (<see cref="ConversationData.MaxSources"/> caps its biggest part).</summary>
    public const int MaxEntryBytes = 32 * 1024;

    private const string ETagField = "eTag";

    // KEYS[1] the entry; ARGV: the ETag the writer read (or "" for no check), the new ETag, the JSON, the time to live in ms.
    private const string WriteScript = """
        if ARGV[1] ~= '' then
          local current = redis.call('HGET', KEYS[1], 'e')
          if current and current ~= ARGV[1] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'e', ARGV[2], 'v', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    private static readonly JsonSerializer Json = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
    });

    private readonly byte[] _keyHash = sharedKeys.For("bot-state") ?? RandomNumberGenerator.GetBytes(32);
    private readonly TimeSpan _idle = options.Value.IdleTimeToLive;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var database = redis.GetDatabase();
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var entry = RedisKey(key);
            var fields = await RedisCalls.RunAsync(async () =>
            {
                // Read and renew in one round trip (a transaction): reading is using.
                var transaction = database.CreateTransaction();
                var values = transaction.HashGetAsync(entry, ["e", "v"]);
                _ = transaction.KeyExpireAsync(entry, _idle);
                await transaction.ExecuteAsync();
                return await values;
            });
            if (fields[1].IsNull)
            {
                continue;
            }
            var value = JObject.Parse(fields[1].ToString());
            value[ETagField] = fields[0].ToString();
            found[key] = value;
        }
        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var database = redis.GetDatabase();
        foreach (var (key, value) in changes)
        {
            var json = JObject.FromObject(value, Json);
            json.Remove(ETagField);
            var text = json.ToString(Formatting.None);
            if (Encoding.UTF8.GetByteCount(text) > MaxEntryBytes)
            {
                throw new InvalidOperationException($"A conversation's state is larger than {MaxEntryBytes} bytes; it is not kept.");
            }
            var expected = value is IStoreItem { ETag: not "*" } item ? item.ETag ?? "-" : string.Empty;
            var newETag = Guid.NewGuid().ToString("n");
            var written = await RedisCalls.RunAsync(() => database.ScriptEvaluateAsync(
                WriteScript, [RedisKey(key)], [expected, newETag, text, (long)_idle.TotalMilliseconds]));
            if ((int)written == 0)
            {
                throw new InvalidOperationException("Etag conflict: the state was changed by another turn since it was read.");
            }
            if (value is IStoreItem stored)
            {
                stored.ETag = newETag;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var entries = keys.Select(RedisKey).ToArray();
        await RedisCalls.RunAsync(() => redis.GetDatabase().KeyDeleteAsync(entries));
    }

    /// <summary>The SDK's key names a channel's conversation id: hashed with a shared key, so the id itself is not in Redis.</summary>
    private RedisKey RedisKey(string key) =>
        keys.For("bot", Convert.ToBase64String(HMACSHA256.HashData(_keyHash, Encoding.UTF8.GetBytes(key)), 0, 24));
}
