using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using StackExchange.Redis;

namespace KnowYourRights.Bot.State;

/// <summary>
/// Configuration section "Redis": where the state several instances share is kept. Unset
/// (the default), every store stays in this process's memory, as on one machine.
/// </summary>
public sealed partial class RedisOptions : IValidatableObject
{
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. <c>cache.redis.cache.windows.net:6380,ssl=true,password=…</c>
    /// (a secret: set it from a Key Vault reference or the environment, never in a file). Empty: no Redis.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Every key this app writes starts with this, so one Redis can serve several apps (or several bots).</summary>
    public string KeyPrefix { get; set; } = "kyr:";

    /// <summary>
    /// The key (32+ characters, a secret) from which the keys shared by all instances are derived
    /// when they are not configured on their own: the SMS sender keys (<c>Sms:SenderKeySecret</c>),
    /// the Direct Line token key (<c>DirectLine:TokenSecret</c>) and the keyed hash of client
    /// addresses in the rate-limit counters. Required with <see cref="ConnectionString"/>: a key
    /// kept in Redis itself would let anyone who can read Redis reverse the hashed phone numbers
    /// and addresses beside it.
    /// </summary>
    public string? KeySecret { get; set; }

    /// <summary>True when a connection string is set, i.e. the shared stores are in Redis.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!KeyPrefixPattern().IsMatch(KeyPrefix))
        {
            yield return new ValidationResult("Redis:KeyPrefix must be 1 to 32 letters, digits or ':', '_', '-', '.'.", [nameof(KeyPrefix)]);
        }
        if (!Enabled)
        {
            yield break;
        }
        string? problem = null;
        try
        {
            ConfigurationOptions.Parse(ConnectionString!);
        }
        catch (ArgumentException)
        {
            // The message may quote the string, password included: name the setting only.
            problem = "Redis:ConnectionString is not a valid StackExchange.Redis configuration string (host:port[,ssl=true][,password=…]).";
        }
        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(ConnectionString)]);
        }
        if (string.IsNullOrEmpty(KeySecret) || KeySecret.Length < 32)
        {
            yield return new ValidationResult(
                "Redis:KeySecret must be set (32+ characters, the same on every instance) when Redis:ConnectionString is set: the instances derive their shared keys from it.",
                [nameof(KeySecret)]);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9:_.-]{1,32}$")]
    private static partial Regex KeyPrefixPattern();
}
