using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.State;

/// <summary>
/// The keys every instance must agree on, derived (HKDF-SHA256) from <see cref="RedisOptions.KeySecret"/>
/// with one label per use, so one secret serves them all and none can be computed from another.
/// Null without Redis: each user then keeps its own random key per process, as on one machine.
/// </summary>
public sealed class SharedKeys(IOptions<RedisOptions> options)
{
    private readonly RedisOptions _options = options.Value;

    /// <summary>The 32-byte key for <paramref name="purpose"/>, or null when no Redis is configured.</summary>
    public byte[]? For(string purpose) =>
        _options.Enabled && !string.IsNullOrEmpty(_options.KeySecret)
            ? HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(_options.KeySecret), 32, salt: [], info: Encoding.UTF8.GetBytes("knowyourrights:" + purpose))
            : null;
}
