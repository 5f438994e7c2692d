using System.Net;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary><c>POST /api/voice</c> and the call's steps below it: who may post, checked like <c>/api/sms</c>.</summary>
public sealed class VoiceWebhookEndpointTests
{
    private const string Menu = VoiceUrls.Route + "/" + VoiceUrls.MenuStep;

    public static TheoryData<string> Paths => [VoiceUrls.Route, Menu, VoiceUrls.Route + "/" + VoiceUrls.OptionsStep, VoiceUrls.Route + "/" + VoiceUrls.StatusStep];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Is_off_without_an_auth_token(string path)
    {
        using var app = VoiceWebhook.App(enabled: false);
        using var client = app.CreateClient();

        using var response = await client.PostVoiceAsync(path, VoiceWebhook.Form(VoiceWebhook.NewCallSid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Is_off_without_the_voice_webhook_url_even_when_sms_is_on()
    {
        using var app = VoiceWebhook.App();
        app.Settings["Twilio:VoiceWebhookUrl"] = null;
        app.Settings["Twilio:WebhookUrl"] = SmsWebhook.PublicUrl;
        using var client = app.CreateClient();

        using var response = await client.PostVoiceAsync(VoiceUrls.Route, VoiceWebhook.Form(VoiceWebhook.NewCallSid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Refuses_a_post_with_no_signature(string path)
    {
        using var app = VoiceWebhook.App();
        using var client = app.CreateClient();

        using var response = await client.PostVoiceAsync(path, VoiceWebhook.Form(VoiceWebhook.NewCallSid()), signature: string.Empty);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_signature_over_changed_fields_another_token_or_another_steps_url()
    {
        using var app = VoiceWebhook.App();
        using var client = app.CreateClient();
        var form = VoiceWebhook.Form(VoiceWebhook.NewCallSid(), digits: "1");

        using var otherToken = await client.PostVoiceAsync(Menu, form, TwilioSignature.Compute("another-token", VoiceWebhook.PublicUrlOf(Menu), form));
        // Signed for the call's first request, replayed to a step.
        using var otherStep = await client.PostVoiceAsync(Menu, form, signedUrl: VoiceWebhook.PublicUrl);
        // What the app sees behind a proxy: its own URL, which Twilio never signed.
        using var ownUrl = await client.PostVoiceAsync(Menu, form, signedUrl: new Uri(client.BaseAddress!, Menu).ToString());
        var signed = TwilioSignature.Compute(VoiceWebhook.AuthToken, VoiceWebhook.PublicUrlOf(Menu), form);
        form["Digits"] = "2";
        using var changed = await client.PostVoiceAsync(Menu, form, signed);

        Assert.Equal(HttpStatusCode.Forbidden, otherToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStep.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownUrl.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changed.StatusCode);
    }

    [Fact]
    public async Task A_step_is_signed_over_the_public_url_its_gather_names_query_string_included()
    {
        using var app = VoiceWebhook.App();
        using var client = app.CreateClient();
        var callSid = VoiceWebhook.NewCallSid();
        var form = VoiceWebhook.Form(callSid, digits: "0");

        var action = (string)(await client.CallAsync(callSid)).Gather().Attribute("action")!;
        using var asNamed = await client.PostVoiceAsync(new Uri(action).AbsolutePath, form, signedUrl: action);
        using var signedWithQuery = await client.PostVoiceAsync(Menu + "?attempt=2", form, signedUrl: action + "?attempt=2");
        using var signedWithoutQuery = await client.PostVoiceAsync(Menu + "?attempt=2", form, signedUrl: action);

        Assert.Equal(VoiceWebhook.PublicUrl + "/" + VoiceUrls.MenuStep, action);
        Assert.Equal(HttpStatusCode.OK, asNamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedWithQuery.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signedWithoutQuery.StatusCode);
    }

    [Fact]
    public async Task Answers_odd_input_at_every_step_with_twiml_never_a_500()
    {
        var logs = new LogCapture();
        using var app = VoiceWebhook.App(logs);
        using var client = app.CreateClient();
        var callSid = VoiceWebhook.NewCallSid();
        await client.CallAsync(callSid);

        foreach (var path in new[] { Menu, VoiceUrls.Route + "/" + VoiceUrls.OptionsStep })
        {
            foreach (var (digits, speech) in new (string?, string?)[] { ("#", null), ("*", null), ("12", null), ("hangup", null), (null, "   "), (null, new string('?', 3000)), ("5", "and what about that"), (null, "<Response><Redirect>https://evil.example/</Redirect></Response>") })
            {
                using var response = await client.PostVoiceAsync(path, VoiceWebhook.Form(callSid, digits, speech));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var twiml = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("evil.example", twiml, StringComparison.Ordinal);
            }
        }
        // Answered by the flow itself, not by the apology of a step that failed.
        Assert.DoesNotContain(logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_step_of_an_unknown_call_starts_again_at_the_menu()
    {
        using var app = VoiceWebhook.App();
        using var client = app.CreateClient();

        var twiml = await client.AfterAnswerAsync(VoiceWebhook.NewCallSid(), digits: "1");

        Assert.Equal(VoiceWebhook.PublicUrl + "/" + VoiceUrls.MenuStep, (string?)twiml.Gather().Attribute("action"));
    }

    [Fact]
    public async Task The_status_callback_answers_204()
    {
        using var app = VoiceWebhook.App();
        using var client = app.CreateClient();
        var form = VoiceWebhook.Form(VoiceWebhook.NewCallSid());
        form["CallStatus"] = "completed";

        using var response = await client.PostVoiceAsync(VoiceUrls.Route + "/" + VoiceUrls.StatusStep, form);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/voice")]
    [InlineData("https://kyr.example.org/api/voice?x=1")]
    [InlineData("ftp://kyr.example.org/api/voice")]
    public void A_voice_webhook_url_that_is_not_a_public_url_stops_the_app_at_start(string url)
    {
        using var app = VoiceWebhook.App();
        app.Settings["Twilio:VoiceWebhookUrl"] = url;

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Twilio:VoiceWebhookUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Twilio:AccountSid", "AC123", "Twilio:AccountSid")]
    [InlineData("Twilio:ApiKeySid", "SK0123456789abcdef0123456789abcdef", "Twilio:ApiKeySecret")]
    [InlineData("Twilio:VoiceSmsFrom", "555-0100", "Twilio:VoiceSmsFrom")]
    public async Task A_wrong_setting_stops_the_app_at_start(string key, string value, string named)
    {
        var failures = await StartupValidation.FailuresAsync(b => b.AddVoice(), key, value);

        Assert.Contains(named, failures, StringComparison.Ordinal);
    }
}
