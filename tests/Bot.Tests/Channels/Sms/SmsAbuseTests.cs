using KnowYourRights.Knowledge.Text;
using System.Net;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>The webhook's limits as an attacker (or a long-winded texter) meets them: length, shape and rate.</summary>
public sealed class SmsAbuseTests
{
    private const string From = "+15557654321";

    [Fact]
    public async Task A_text_as_long_as_twilio_delivers_is_answered_from_its_question()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();
        const string question = " What is an ICE detainer?";
        var story = string.Concat(Enumerable.Repeat("My cousin was stopped on the way to work and taken to the county jail last night. ", 40));
        var text = story[..(SmsSegments.MaxIncomingLength - question.Length)] + question;
        Assert.Equal(SmsSegments.MaxIncomingLength, text.Length);

        var messages = await client.TextAsync(From, text);

        var first = Assert.Single(messages);
        Assert.DoesNotContain("longer than", first, StringComparison.OrdinalIgnoreCase);
        // The detainer card's answer, its one-message summary first.
        Assert.True(TestKnowledge.Shared.Index.Current.Cards.TryGet("detainers", out var card));
        Assert.StartsWith(card.Summary!, first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_post_is_400_as_documented()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();
        var form = SmsWebhook.Form(From, "What is an ICE detainer?");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form)
        {
            content.Add(new StringContent(value), name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms") { Content = content };
        // Signed over the same fields, so only the encoding is wrong.
        request.Headers.TryAddWithoutValidation(SmsWebhookEndpoint.SignatureHeader, TwilioSignature.Compute(SmsWebhook.AuthToken, SmsWebhook.PublicUrl, form));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_sender_past_its_limit_gets_429_with_retry_after_and_other_senders_go_on()
    {
        using var app = WithSenderLimit(2);
        using var client = app.CreateClient();

        await client.TextAsync(From, "HELP");
        await client.TextAsync(From, "HELP");
        using var refused = await client.PostSmsAsync(SmsWebhook.Form(From, "HELP"));
        var other = await client.TextAsync("+15550001111", "HELP");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Single(other);
    }

    [Fact]
    public async Task A_forged_post_does_not_spend_a_real_senders_allowance()
    {
        using var app = WithSenderLimit(1);
        using var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var forged = await client.PostSmsAsync(SmsWebhook.Form(From, "HELP"), signature: "forged");
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        Assert.Single(await client.TextAsync(From, "HELP"));
    }

    [Fact]
    public async Task A_question_limit_below_twilios_longest_text_stops_the_app_at_start()
    {
        var failures = await StartupValidation.FailuresAsync(
            b =>
            {
                b.Services.AddOptions<AnswerOptions>().BindConfiguration(AnswerOptions.Section);
                b.AddSms();
            },
            "Knowledge:MaxQuestionLength", "500");

        Assert.Contains("Knowledge:MaxQuestionLength", failures, StringComparison.Ordinal);
    }

    /// <summary>The webhook app with rate limits on and this many posts a minute per sender.</summary>
    private static TestAppFactory WithSenderLimit(int perSender)
    {
        var app = SmsWebhook.App();
        app.Settings["RateLimiting:Enabled"] = "true";
        app.Settings["RateLimiting:SmsWebhook:PerClient"] = perSender.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app;
    }
}
