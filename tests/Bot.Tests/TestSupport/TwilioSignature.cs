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

    /// <summary>
    /// A post of <paramref name="body"/> as it is, with <paramref name="contentType"/>, signed as
    /// Twilio would sign the form fields it holds: for a body whose shape alone is wrong.
    /// </summary>
    public static HttpRequestMessage SignedRawPost(string path, string contentType, string body, string authToken, string signedUrl)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var fields = body.Split('&').Select(p => p.Split('=')).Where(p => p.Length == 2)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.First()[1]));
        request.Headers.TryAddWithoutValidation("X-Twilio-Signature", Compute(authToken, signedUrl, fields));
        return request;
    }
}
