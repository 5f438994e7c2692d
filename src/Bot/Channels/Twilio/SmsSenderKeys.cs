using System.Security.Cryptography;
using System.Text;
using KnowYourRights.Bot.State;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// Turns a phone number into the key all per-sender state is stored under: HMAC-SHA256 with a
/// secret (configuration <c>Sms:SenderKeySecret</c>; else, with Redis, one derived from
/// <c>Redis:KeySecret</c>; else random per process), base64url. A plain
/// hash would not do: there are few enough phone numbers to hash them all and reverse it. The
/// number itself is used only here, for the length of the call, and is never stored or logged.
/// </summary>
public sealed class SmsSenderKeys
{
    /// <summary>Every sender key starts with this, so a key is never mistaken for a number.</summary>
    public const string Prefix = "sms-";

    private readonly byte[] _secret;

    public SmsSenderKeys(IOptions<SmsOptions> options, SharedKeys? sharedKeys = null)
    {
        var configured = options.Value.SenderKeySecret;
        // With Redis, every instance must key a sender alike: a key derived from Redis:KeySecret.
        _secret = !string.IsNullOrEmpty(configured) ? Encoding.UTF8.GetBytes(configured)
            : sharedKeys?.For("sms-sender") ?? RandomNumberGenerator.GetBytes(32);
    }

    /// <summary>The sender key of a phone number (or of any id that contains one).</summary>
    public string For(string phoneNumber)
    {
        // "+1 (555) 123-4567" and "+15551234567" are one sender.
        var normalized = new string(phoneNumber.Where(c => !char.IsWhiteSpace(c) && c is not '(' and not ')' and not '-' and not '.').ToArray());
        var hash = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(normalized));
        return Prefix + Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
