using System.Net;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>The phone line's rate limit: per caller (their sender key) after the signature, apart from the SMS senders' limit.</summary>
public sealed class VoiceAbuseTests
{
    private const string Menu = VoiceUrls.Route + "/" + VoiceUrls.MenuStep;

    [Fact]
    public async Task A_caller_past_the_limit_gets_429_with_retry_after_and_other_callers_go_on()
    {
        using var app = WithCallerLimit(2);
        using var client = app.CreateClient();
        var call = VoiceWebhook.NewCallSid();

        await client.CallAsync(call);
        await client.AtMenuAsync(call, digits: "0");
        // Another call from the same number counts against the same caller.
        using var refused = await client.PostVoiceAsync(VoiceUrls.Route, VoiceWebhook.Form(VoiceWebhook.NewCallSid()));
        var other = await client.CallAsync(VoiceWebhook.NewCallSid(), "+15550001111");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.NotEmpty(other.Said());
    }

    [Fact]
    public async Task A_forged_post_does_not_spend_a_real_callers_allowance()
    {
        using var app = WithCallerLimit(1);
        using var client = app.CreateClient();
        var call = VoiceWebhook.NewCallSid();

        for (var i = 0; i < 5; i++)
        {
            using var forged = await client.PostVoiceAsync(Menu, VoiceWebhook.Form(call, digits: "1"), signature: "forged");
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        Assert.NotEmpty((await client.CallAsync(call)).Said());
    }

    [Fact]
    public async Task The_sms_senders_limit_is_not_spent_by_calls()
    {
        using var app = WithCallerLimit(1);
        app.Settings["RateLimiting:SmsWebhook:PerClient"] = "1";
        app.Settings["Twilio:WebhookUrl"] = SmsWebhook.PublicUrl;
        using var client = app.CreateClient();

        await client.CallAsync(VoiceWebhook.NewCallSid());

        Assert.Single(await client.TextAsync(VoiceWebhook.Caller, "HELP"));
    }

    /// <summary>The phone line with rate limits on and this many requests a minute per caller.</summary>
    private static TestAppFactory WithCallerLimit(int perCaller)
    {
        var app = VoiceWebhook.App();
        app.Settings["RateLimiting:Enabled"] = "true";
        app.Settings["RateLimiting:VoiceWebhook:PerClient"] = perCaller.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app;
    }
}
