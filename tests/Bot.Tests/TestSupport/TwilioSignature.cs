using System.Security.Cryptography;
using System.Text;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// X-Twilio-Signature computed as Twilio documents it, independently of the helper library the
/// app uses: the full URL, then each POST parameter's name and value, sorted by name, appended
/// with no delimiters; HMAC-SHA1 of that with the auth token as key; base64.
/// </summary>
internal static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
