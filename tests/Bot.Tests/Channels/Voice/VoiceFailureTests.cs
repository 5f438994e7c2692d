using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.State;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>
/// A step that fails (here: the call's state cannot be read or written, as when Redis is down):
/// the caller hears the apology, in English and Spanish, and the call ends, never a 500 that Twilio would read out as "an
/// application error has occurred"; the log names the failure's type, nothing the caller said.
/// </summary>
public sealed class VoiceFailureTests
{
    [Fact]
    public async Task When_the_calls_state_is_unreachable_the_caller_hears_the_apology_and_the_call_ends()
    {
        var logs = new LogCapture();
        await using var app = new TestAppFactory
        {
            UseRealClock = true,
            Logs = logs,
            LogsFrom = LogLevel.Information,
            ConfigureServices = s => s.AddSingleton<SmsSenderStore, UnreachableSenderStore>(),
        };
        app.Settings["App:PublicBaseUrl"] = VoiceWebhook.PublicBase;
        app.Settings["Twilio:AuthToken"] = VoiceWebhook.AuthToken;
        app.Settings["Twilio:VoiceWebhookUrl"] = VoiceWebhook.PublicUrl;
        var client = app.CreateClient();
        var call = VoiceWebhook.NewCallSid();

        var greeting = await client.CallAsync(call);
        var question = await client.AtMenuAsync(call, speech: "My name is Rosa Diaz, can ICE pick me up at court?");

        foreach (var twiml in new[] { greeting, question })
        {
            Assert.Equal([VoicePrompts.SomethingWentWrong(Language.English), VoicePrompts.SomethingWentWrong(Language.Spanish)], twiml.Said());
            Assert.Equal(["en-US", "es-US"], twiml.Descendants("Say").Select(say => (string?)say.Attribute("language")));
            Assert.Equal("Hangup", twiml.Elements().Last().Name.LocalName);
            Assert.Empty(twiml.Elements("Gather"));
        }
        Assert.Contains(logs.Entries, l => l.Contains(nameof(SharedStateUnavailableException), StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, l => l.Contains("Rosa", StringComparison.Ordinal) || l.Contains("7654321", StringComparison.Ordinal));
    }

    /// <summary>The SMS store as it behaves while Redis is unreachable: every call throws.</summary>
    private sealed class UnreachableSenderStore(ConversationState state, ILogger<SmsSenderStore> logger) : SmsSenderStore(state, logger)
    {
        public override bool IsStopped(string senderKey) => throw Unreachable();

        public override void Stop(string senderKey) => throw Unreachable();

        public override void Start(string senderKey) => throw Unreachable();

        public override void Forget(string senderKey) => throw Unreachable();

        public override SmsSenderState? Get(string senderKey) => throw Unreachable();

        public override void Set(string senderKey, SmsSenderState state) => throw Unreachable();

        private static SharedStateUnavailableException Unreachable() => new(new TimeoutException("redis"));
    }
}
