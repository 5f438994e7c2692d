using KnowYourRights.Bot.Channels.Twilio;
using System.Net;
using System.Text;
using System.Xml.Linq;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary><c>POST /api/sms</c>, the direct Twilio webhook, through the whole app.</summary>
public sealed class SmsWebhookEndpointTests
{
    private const string From = "+15557654321";

    [Fact]
    public async Task Answers_a_signed_post_with_twiml_messages_from_the_bot()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();

        using var response = await client.PostSmsAsync(SmsWebhook.Form(From, "What is an ICE detainer?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var twiml = XDocument.Parse(xml);
        var message = Assert.Single(twiml.Root!.Elements());
        Assert.Equal("Message", message.Name.LocalName);
        Assert.StartsWith("A detainer is a request from ICE to a jail.", message.Value, StringComparison.Ordinal);
        Assert.EndsWith(SmsReplyTexts.FullAnswerPrompt(Language.English), message.Value, StringComparison.Ordinal);
        Assert.True(SmsSegments.Fits(message.Value));
    }

    [Fact]
    public async Task Keeps_the_conversation_per_sender_across_posts()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();

        await client.TextAsync(From, "What is an ICE detainer?");
        var more = Assert.Single(await client.TextAsync(From, "MORE"));
        var otherSender = Assert.Single(await client.TextAsync("+15550001111", "MORE"));

        Assert.StartsWith("ICE means Immigration and Customs Enforcement.", more, StringComparison.Ordinal);
        Assert.Equal(SmsReplyTexts.NothingMore(Language.English), otherSender);
    }

    [Fact]
    public async Task Help_stop_and_start_over_the_webhook()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();

        Assert.Equal([SmsReplyTexts.Help(Language.English, SmsWebhook.HelpContact)], await client.TextAsync(From, "HELP"));
        Assert.Equal([SmsReplyTexts.Stopped(Language.English)], await client.TextAsync(From, "STOP"));
        // An empty <Response/>: Twilio sends nothing.
        Assert.Empty(await client.TextAsync(From, "What is an ICE detainer?"));
        Assert.Empty(await client.TextAsync(From, "HELP"));
        var welcome = Assert.Single(await client.TextAsync(From, "START"));
        Assert.StartsWith(SmsReplyTexts.Welcome(Language.English), welcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_off_without_an_auth_token()
    {
        using var app = SmsWebhook.App(enabled: false);
        using var client = app.CreateClient();

        using var response = await client.PostSmsAsync(SmsWebhook.Form(From, "What is an ICE detainer?"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_signature_made_with_another_token_or_over_changed_fields()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();
        var form = SmsWebhook.Form(From, "hi");

        using var otherToken = await client.PostSmsAsync(form, TwilioSignature.Compute("another-token", SmsWebhook.PublicUrl, form));
        var signed = TwilioSignature.Compute(SmsWebhook.AuthToken, SmsWebhook.PublicUrl, form);
        form["Body"] = "STOP";
        using var changed = await client.PostSmsAsync(form, signed);

        Assert.Equal(HttpStatusCode.Forbidden, otherToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changed.StatusCode);
    }

    [Fact]
    public async Task Checks_the_signature_against_the_configured_public_url_not_the_requests_own()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();
        var form = SmsWebhook.Form(From, "hi");

        // What the app sees behind a proxy: its own URL, which Twilio never signed.
        using var response = await client.PostSmsAsync(form, signedUrl: new Uri(client.BaseAddress!, "/api/sms").ToString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_body_that_is_not_utf8_with_400()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms") { Content = new ByteArrayContent([.. "From=1&Body="u8, 0xFF, 0xFE]) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.TryAddWithoutValidation(SmsWebhookEndpoint.SignatureHeader, "x");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Answers_an_empty_or_odd_body_without_a_500()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();

        foreach (var body in new[] { string.Empty, "   ", new string('?', 1600), "<Response><Redirect>https://evil.example/</Redirect></Response>", "\U0001F600\U0001F600" })
        {
            using var response = await client.PostSmsAsync(SmsWebhook.Form(From, body));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var messages = await response.MessagesAsync();
            Assert.All(messages, m => Assert.True(SmsSegments.Fits(m)));
        }
    }

    [Fact]
    public void An_auth_token_without_a_public_webhook_url_stops_the_app_at_start()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, ConfigureServices = s => s.Configure<TwilioOptions>(o => o.AuthToken = SmsWebhook.AuthToken) };

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Twilio:WebhookUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_turn_is_answered_with_the_apology_not_a_500_and_logs_no_text()
    {
        var logs = new LogCapture();
        using var app = SmsWebhook.App(logs).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<Microsoft.Bot.Builder.IBot, FailingBot>()));
        using var client = app.CreateClient();

        var messages = await client.TextAsync(From, "my private question");

        Assert.Equal([KnowYourRights.Bot.Rendering.BotReplyTexts.Apology(Language.English)], messages);
        Assert.Contains(logs.Entries, e => e.StartsWith("Error ", StringComparison.Ordinal) && e.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.DoesNotContain("my private question", logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("5557654321", logs.All, StringComparison.Ordinal);
    }

    /// <summary>A bot whose every turn throws, with the user's words in the exception message.</summary>
    private sealed class FailingBot : Microsoft.Bot.Builder.IBot
    {
        public Task OnTurnAsync(Microsoft.Bot.Builder.ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Failed on: " + turnContext.Activity.Text);
    }
}
