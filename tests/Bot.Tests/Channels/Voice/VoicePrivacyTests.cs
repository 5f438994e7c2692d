using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>What the phone line keeps and logs: never the caller's number, never what they said; a call's state only for the call.</summary>
public sealed class VoicePrivacyTests : IAsyncLifetime
{
    private const string Caller = "+15553217654";
    private const string Question = "My cousin Rosalinda Quetzalcoatl at 555 321 7654 was taken to the county jail, what is a detainer?";

    private FakeTwilioApi _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioApi.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Fact]
    public async Task A_whole_call_logs_neither_the_callers_number_nor_what_they_said()
    {
        var logs = new LogCapture();
        using var app = VoiceWebhook.App(logs, twilioApi: _twilio);
        using var client = app.CreateClient();
        var call = VoiceWebhook.NewCallSid();

        await client.CallAsync(call, Caller);
        await client.AtMenuAsync(call, speech: Question, from: Caller);
        await client.AfterAnswerAsync(call, digits: "1", from: Caller);
        await client.AfterAnswerAsync(call, digits: "2", from: Caller);
        await client.AfterAnswerAsync(call, speech: "Quetzalcoatl again, how long can they keep him?", from: Caller);
        await client.AfterAnswerAsync(call, from: Caller);
        await client.AfterAnswerAsync(call, from: Caller);
        using var refused = await client.PostVoiceAsync(VoiceUrls.Route, VoiceWebhook.Form(call, speech: Question, from: Caller), signature: "forged");

        Assert.Single(_twilio.Sent);
        Assert.NotEmpty(logs.Entries);
        foreach (var needle in new[] { "5553217654", "555 321 7654", "321-7654", "Quetzalcoatl", "Rosalinda", "cousin", call })
        {
            Assert.DoesNotContain(needle, logs.All, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Spoken_questions_are_counted_in_insights_as_voice_without_their_text()
    {
        await using var app = VoiceWebhook.App();
        app.Settings["Insights:Enabled"] = "true";
        app.Settings["Insights:StoreText"] = "true";
        using var client = app.CreateClient();
        var call = VoiceWebhook.NewCallSid();

        await client.CallAsync(call, Caller);
        await client.AtMenuAsync(call, speech: "Rosalinda wants to renew her passport", from: Caller);
        await client.AfterAnswerAsync(call, digits: "0", from: Caller);
        await client.AtMenuAsync(call, digits: "1", from: Caller);

        var counts = await InsightsFiles.CountsAsync(app, 2);
        Assert.Equal(2, counts.Where(c => c.Channel == InsightsChannels.Voice).Sum(c => c.Count));
        Assert.Contains(counts, c => c.Channel == InsightsChannels.Voice && c.Outcome == "decline");
        Assert.DoesNotContain(app.Services.GetRequiredService<InsightsStore>().Unanswered(DateOnly.MinValue, 10), q => q.Channel == InsightsChannels.Voice);
        var bytes = InsightsFiles.Dump(app);
        Assert.DoesNotContain("Rosalinda", bytes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("passport", bytes, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_calls_state_is_kept_under_a_keyed_hash_and_forgotten_when_the_call_ends()
    {
        using var app = VoiceWebhook.App();
        using var client = app.CreateClient();
        var store = app.Services.GetRequiredService<VoiceCallStore>();
        var sms = app.Services.GetRequiredService<SmsSenderStore>();
        var ended = VoiceWebhook.NewCallSid();
        var hungUp = VoiceWebhook.NewCallSid();

        await client.CallAsync(ended, Caller);
        await client.AtMenuAsync(ended, digits: "1", from: Caller);
        await client.CallAsync(hungUp, Caller);
        var during = store.Get(ended);
        var status = VoiceWebhook.Form(ended, from: Caller);
        status["CallStatus"] = "completed";
        using var callback = await client.PostVoiceAsync(VoiceUrls.Route + "/" + VoiceUrls.StatusStep, status);
        await client.AtMenuAsync(hungUp, from: Caller);
        await client.AtMenuAsync(hungUp, from: Caller);

        Assert.NotNull(during);
        Assert.Equal(TestKnowledge.Shared.Menu.Choices()[0].Id, during.CardId);
        // Neither the number nor the call's id is a key of the store.
        Assert.Null(sms.Get(ended));
        Assert.Null(sms.Get(Caller));
        Assert.Null(sms.Get(app.Services.GetRequiredService<SmsSenderKeys>().For(Caller)));
        Assert.Null(store.Get(ended));
        Assert.Null(store.Get(hungUp));
    }
}
