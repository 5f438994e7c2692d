using KnowYourRights.Bot.Channels.Twilio;
using System.Net;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.Twilio;

/// <summary>What both Twilio webhooks, <c>/api/sms</c> and <c>/api/voice</c>, refuse before reading a request (<c>TwilioWebhook</c>).</summary>
public sealed class TwilioWebhookTests
{
    public static TheoryData<string> Webhooks => ["/api/sms", VoiceUrls.Route];

    [Theory]
    [InlineData("/api/sms", "")]
    [InlineData("/api/sms", "not-a-signature")]
    [InlineData("/api/sms", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData(VoiceUrls.Route, "")]
    [InlineData(VoiceUrls.Route, "not-a-signature")]
    [InlineData(VoiceUrls.Route, "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task Refuses_a_post_with_no_or_a_wrong_signature_with_403(string path, string signature)
    {
        var (app, url) = App(path);
        using var _ = app;
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Signed(path, "application/x-www-form-urlencoded", "From=%2B15557654321&CallSid=CA1&Body=hi", url, signature));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Refuses_an_oversized_post_with_400(string path)
    {
        var (app, url) = App(path);
        using var _ = app;
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Signed(path, "application/x-www-form-urlencoded", "From=%2B15557654321&CallSid=CA1&Body=" + new string('a', 40 * 1024), url));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json", "{\"From\":\"+15557654321\",\"CallSid\":\"CA1\",\"Body\":\"hi\"}")]
    [InlineData("text/plain", "From=%2B15557654321&CallSid=CA1&Body=hi")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"From\"\r\n\r\n+15557654321\r\n--x--")]
    [InlineData("application/x-www-form-urlencoded", "From=%2B15557654321&From=%2B15550000000&CallSid=CA1&Body=hi")]
    // No sender (SMS) and no call (voice).
    [InlineData("application/x-www-form-urlencoded", "Body=hi&To=%2B15550009999")]
    public async Task Refuses_a_malformed_post_with_400(string contentType, string body)
    {
        foreach (var path in new[] { "/api/sms", VoiceUrls.Route })
        {
            var (app, url) = App(path);
            using var _ = app;
            using var client = app.CreateClient();

            using var response = await client.SendAsync(Signed(path, contentType, body, url));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    /// <summary>The app with the webhook at <paramref name="path"/> on, and the public URL its posts are signed over.</summary>
    private static (TestAppFactory App, string SignedUrl) App(string path) =>
        path == VoiceUrls.Route ? (VoiceWebhook.App(), VoiceWebhook.PublicUrl) : (SmsWebhook.App(), SmsWebhook.PublicUrl);

    /// <summary>The body as it is, signed as Twilio would sign the form fields it holds (or with <paramref name="signature"/>, "" for none), so only what is tested is wrong.</summary>
    private static HttpRequestMessage Signed(string path, string contentType, string body, string signedUrl, string? signature = null)
    {
        var request = TwilioSignature.SignedRawPost(path, contentType, body, SmsWebhook.AuthToken, signedUrl);
        if (signature is not null)
        {
            request.Headers.Remove("X-Twilio-Signature");
            if (signature.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("X-Twilio-Signature", signature);
            }
        }
        return request;
    }
}
