using KnowYourRights.Bot.Channels.Twilio;
using System.Xml.Linq;
using KnowYourRights.Bot.Channels.Sms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>Posts to the direct Twilio webhook (<c>/api/sms</c>) the way Twilio does: a signed form post.</summary>
internal static class SmsWebhook
{
    public const string AuthToken = "test-twilio-auth-token-0123456789";
    public const string PublicUrl = "https://kyr.example.org/api/sms";
    public const string HelpContact = "kyr.example.org or 555-0100";

    /// <summary>The app with the webhook on (or off), the public URL configured as behind a proxy.</summary>
    public static TestAppFactory App(LogCapture? logs = null, bool enabled = true) => new()
    {
        UseRealBot = true,
        UseRealClock = true,
        Logs = logs,
        LogsFrom = LogLevel.Information,
        ConfigureServices = s =>
        {
            s.Configure<TwilioOptions>(o =>
            {
                o.AuthToken = enabled ? AuthToken : null;
                o.WebhookUrl = PublicUrl;
            });
            s.Configure<SmsOptions>(o => o.HelpContact = HelpContact);
        },
    };

    /// <summary>The fields Twilio posts for an incoming SMS.</summary>
    public static Dictionary<string, string> Form(string from, string body) => new()
    {
        ["ToCountry"] = "US",
        ["SmsMessageSid"] = "SM0123456789abcdef0123456789abcdef",
        ["NumMedia"] = "0",
        ["From"] = from,
        ["To"] = "+15550009999",
        ["Body"] = body,
        ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
        ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
        ["NumSegments"] = "1",
        ["ApiVersion"] = "2010-04-01",
    };

    /// <summary>The name a WhatsApp user gave their profile, which Twilio posts with every message (and the app must drop).</summary>
    public const string WhatsAppProfileName = "Rosalind Quintero";

    /// <summary>The fields Twilio posts for an incoming WhatsApp message: <c>whatsapp:</c> addresses, the profile name and the WhatsApp id (the number, without "+").</summary>
    public static Dictionary<string, string> WhatsAppForm(string number, string body)
    {
        var form = Form("whatsapp:" + number, body);
        form["To"] = "whatsapp:+15550009999";
        form["ProfileName"] = WhatsAppProfileName;
        form["WaId"] = number.TrimStart('+');
        form.Remove("ToCountry");
        return form;
    }

    /// <summary>One incoming WhatsApp message from <paramref name="number"/> (E.164); the texts of the TwiML reply's messages.</summary>
    public static async Task<IReadOnlyList<string>> WhatsAppAsync(this HttpClient client, string number, string body)
    {
        using var response = await client.PostSmsAsync(WhatsAppForm(number, body));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.MessagesAsync();
    }

    /// <summary>Posts the form signed for <paramref name="signedUrl"/> (the public URL unless told), or with the given signature ("" for none).</summary>
    public static async Task<HttpResponseMessage> PostSmsAsync(this HttpClient client, IDictionary<string, string> form, string? signature = null, string signedUrl = PublicUrl)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms") { Content = new FormUrlEncodedContent(form) };
        signature ??= TwilioSignature.Compute(AuthToken, signedUrl, form);
        if (signature.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(SmsWebhookEndpoint.SignatureHeader, signature);
        }
        return await client.SendAsync(request);
    }

    /// <summary>One incoming SMS; the texts of the TwiML reply's messages.</summary>
    public static async Task<IReadOnlyList<string>> TextAsync(this HttpClient client, string from, string body)
    {
        using var response = await client.PostSmsAsync(Form(from, body));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.MessagesAsync();
    }

    /// <summary>The &lt;Message&gt; texts of a TwiML response, checking it is TwiML.</summary>
    public static async Task<IReadOnlyList<string>> MessagesAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Response", twiml.Root!.Name.LocalName);
        Assert.All(twiml.Root.Elements(), e => Assert.Equal("Message", e.Name.LocalName));
        return twiml.Root.Elements("Message").Select(m => m.Value).ToList();
    }
}
