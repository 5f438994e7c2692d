using System.Security.Cryptography;
using System.Text;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// The code of a short link (<c>/s/{code}</c>): the first 30 bits of the SHA-256 of what the link
/// points at (its target key, e.g. <c>source:aclu-florida-sheriff-citizen-2018</c>), in six
/// characters of Crockford's base32 (digits and lower-case letters without i, l, o and u, so a
/// code read off a screen is not mistyped). No key and no counter: the same target has the same
/// code on every instance and after every restart, and a code says nothing about who got it.
/// </summary>
public static class SmsShortLinkCodes
{
    public const int Length = 6;

    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string For(string targetKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(targetKey));
        var bits = ((ulong)hash[0] << 32) | ((ulong)hash[1] << 24) | ((ulong)hash[2] << 16) | ((ulong)hash[3] << 8) | hash[4];
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            // The top 30 of the 40 bits, five at a time.
            code.Append(Alphabet[(int)((bits >> (35 - (5 * i))) & 0x1F)]);
        }
        return code.ToString();
    }

    /// <summary>A code as typed (any case, Crockford's look-alikes o → 0, i and l → 1) in its canonical form, or null when it cannot be one.</summary>
    public static string? Normalize(string code)
    {
        if (code.Length != Length)
        {
            return null;
        }
        var normal = new StringBuilder(Length);
        foreach (var c in code.ToLowerInvariant())
        {
            var d = c switch { 'o' => '0', 'i' or 'l' => '1', _ => c };
            if (!Alphabet.Contains(d, StringComparison.Ordinal))
            {
                return null;
            }
            normal.Append(d);
        }
        return normal.ToString();
    }
}
