using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowYourRights.Bot.State;

/// <summary>The names of this app's Redis keys: <see cref="RedisOptions.KeyPrefix"/>, the store's own part, then an id that is already a keyed hash or a random id.</summary>
public sealed class RedisKeys(IOptions<RedisOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    public RedisKey For(string store, string id) => _prefix + store + ":" + id;
}
