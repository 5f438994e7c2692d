using KnowYourRights.Bot.Channels.Twilio;
using System.Xml.Linq;
using KnowYourRights.Bot.Channels.Voice;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>Posts to the phone line (<c>/api/voice</c> and its steps) the way Twilio does: signed form posts of one call.</summary>
internal static class VoiceWebhook
{
    public const string AuthToken = SmsWebhook.AuthToken;
    public const string PublicUrl = "https://kyr.example.org/api/voice";
    public const string PublicBase = "https://kyr.example.org/";
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string Caller = "+15557654321";
    public const string LineNumber = "+15550009999";

    /// <summary>
    /// The app with the phone line on (or off), behind a proxy at <see cref="PublicUrl"/>; with
    /// <paramref name="twilioApi"/>, texting is on and goes to that fake.
    /// </summary>
    public static TestAppFactory App(LogCapture? logs = null, bool enabled = true, FakeTwilioApi? twilioApi = null) 
    {
        var app = new TestAppFactory
        {
            UseRealClock = true,
            Logs = logs,
            LogsFrom = LogLevel.Information,
            ConfigureServices = s =>
            {
                if (twilioApi is not null)
                {
                    s.AddKeyedSingleton(TwilioMessageSender.HandlerKey, twilioApi.Handler());
                }
            },
        };
        app.Settings["App:PublicBaseUrl"] = PublicBase;
        app.Settings["Twilio:AuthToken"] = enabled ? AuthToken : null;
        app.Settings["Twilio:VoiceWebhookUrl"] = PublicUrl;
        if (twilioApi is not null)
        {
            app.Settings["Twilio:AccountSid"] = AccountSid;
        }
        return app;
    }

    /// <summary>The fields Twilio posts for a step of a call (<c>Digits</c> and <c>SpeechResult</c> only when given).</summary>
    public static Dictionary<string, string> Form(string callSid, string? digits = null, string? speech = null, string from = Caller)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["CallSid"] = callSid,
            ["CallStatus"] = "in-progress",
            ["Called"] = LineNumber,
            ["Caller"] = from,
            ["Direction"] = "inbound",
            ["From"] = from,
            ["To"] = LineNumber,
        };
        if (digits is not null)
        {
            form["Digits"] = digits;
        }
        if (speech is not null)
        {
            form["SpeechResult"] = speech;
            form["Confidence"] = "0.92";
        }
        return form;
    }

    /// <summary>A new call's id, as Twilio makes them.</summary>
    public static string NewCallSid() => "CA" + Guid.NewGuid().ToString("n");

    /// <summary>Posts <paramref name="form"/> to <paramref name="path"/> (e.g. <c>/api/voice/menu</c>), signed over the public URL of that path unless told otherwise ("" for no signature).</summary>
    public static async Task<HttpResponseMessage> PostVoiceAsync(this HttpClient client, string path, IDictionary<string, string> form, string? signature = null, string? signedUrl = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        signature ??= TwilioSignature.Compute(AuthToken, signedUrl ?? PublicUrlOf(path), form);
        if (signature.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(KnowYourRights.Bot.Channels.Twilio.TwilioWebhook.SignatureHeader, signature);
        }
        return await client.SendAsync(request);
    }

    /// <summary>The public URL Twilio requests for an app path: the configured webhook URL and what is below it.</summary>
    public static string PublicUrlOf(string path) => PublicUrl + path[VoiceUrls.Route.Length..];

    /// <summary>One step of a call: the TwiML answer, checked to be TwiML.</summary>
    public static async Task<XElement> StepAsync(this HttpClient client, string path, IDictionary<string, string> form)
    {
        using var response = await client.PostVoiceAsync(path, form);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("Response", twiml.Name.LocalName);
        return twiml;
    }

    /// <summary>The call comes in.</summary>
    public static Task<XElement> CallAsync(this HttpClient client, string callSid, string from = Caller) =>
        client.StepAsync(VoiceUrls.Route, Form(callSid, from: from));

    /// <summary>A key pressed at the menu.</summary>
    public static Task<XElement> AtMenuAsync(this HttpClient client, string callSid, string? digits = null, string? speech = null, string from = Caller) =>
        client.StepAsync(VoiceUrls.Route + "/" + VoiceUrls.MenuStep, Form(callSid, digits, speech, from));

    /// <summary>A key pressed (or a question said) after an answer.</summary>
    public static Task<XElement> AfterAnswerAsync(this HttpClient client, string callSid, string? digits = null, string? speech = null, string from = Caller) =>
        client.StepAsync(VoiceUrls.Route + "/" + VoiceUrls.OptionsStep, Form(callSid, digits, speech, from));

    /// <summary>The one &lt;Gather&gt; of a step's TwiML.</summary>
    public static XElement Gather(this XElement twiml) => Assert.Single(twiml.Elements("Gather"));

    /// <summary>The texts of the &lt;Say&gt;s (in a &lt;Gather&gt; or not), in order.</summary>
    public static IReadOnlyList<string> Said(this XElement twiml) => twiml.Descendants("Say").Select(s => s.Value).ToList();
}
