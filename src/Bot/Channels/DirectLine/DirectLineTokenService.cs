using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowYourRights.Bot.State;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c>,
/// where the payload names the conversation and the expiry. Nothing is stored server-side, so a
/// token cannot be forged or moved to another conversation without the key.
/// </summary>
public sealed partial class DirectLineTokenService
{
    private const int MaxTokenLength = 512;

    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time, SharedKeys? sharedKeys = null)
    {
        var secret = options.Value.TokenSecret;
        // With Redis, a token issued by one instance must pass on every other: a key derived from
        // Redis:KeySecret. Else random per process when unset: a restart invalidates old tokens,
        // and Web Chat reports "expired".
        _key = !string.IsNullOrEmpty(secret) ? Encoding.UTF8.GetBytes(secret)
            : sharedKeys?.For("directline-token") ?? RandomNumberGenerator.GetBytes(32);
        _lifetime = options.Value.TokenLifetime;
        _time = time;
    }

    /// <summary>The lifetime of a new token, as Direct Line's <c>expires_in</c> (whole seconds, at least 1).</summary>
    public int LifetimeSeconds => Math.Max(1, (int)Math.Round(_lifetime.TotalSeconds));

    /// <summary>A new, unguessable conversation id (the token is what protects it, not secrecy of the id).</summary>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string Issue(string conversationId)
    {
        var payload = new Payload(conversationId, _time.GetUtcNow().Add(_lifetime).ToUnixTimeMilliseconds());
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson.Default.Payload));
        return body + "." + Base64Url.EncodeToString(Sign(body));
    }

    /// <summary>Checks signature and expiry; the claims are returned only for a token that passes both.</summary>
    public TokenCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return new TokenCheck(TokenStatus.Missing, null);
        }
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (token.Length > MaxTokenLength || dot <= 0 || dot == token.Length - 1)
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        var body = token[..dot];
        if (!Base64Url.IsValid(token.AsSpan(dot + 1)) || !CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(token.AsSpan(dot + 1)), Sign(body)))
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(body), PayloadJson.Default.Payload);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        if (payload is null || string.IsNullOrEmpty(payload.ConversationId))
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }
        var expires = DateTimeOffset.FromUnixTimeMilliseconds(payload.ExpiresAt);
        return expires <= _time.GetUtcNow()
            ? new TokenCheck(TokenStatus.Expired, null)
            : new TokenCheck(TokenStatus.Valid, new DirectLineToken(payload.ConversationId, expires));
    }

    /// <summary>Seconds left before <paramref name="token"/> expires (at least 1), for <c>expires_in</c>.</summary>
    public int SecondsLeft(DirectLineToken token) =>
        Math.Max(1, (int)Math.Ceiling((token.ExpiresAt - _time.GetUtcNow()).TotalSeconds));

    private byte[] Sign(string body) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body));

    internal sealed record Payload(
        [property: JsonPropertyName("c")] string ConversationId,
        [property: JsonPropertyName("x")] long ExpiresAt);

    [JsonSerializable(typeof(Payload))]
    internal sealed partial class PayloadJson : JsonSerializerContext;
}
