using KnowYourRights.Bot.Channels.Twilio;
using System.Net;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Knowledge.Text;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>
/// A question can reveal immigration status: across a whole SMS conversation, by either way in,
/// the phone number appears in no log entry and no state key, and message text appears in no
/// log entry at Information or above.
/// </summary>
public sealed class SmsLogPrivacyTests
{
    private const string PhoneNumber = "+15558675309";

    private static readonly string[] Said =
    [
        "I am undocumented, can ICE take me from the county jail?",
        "MORE",
        "1",
        "SOURCES",
        "Zebras play chess on Tuesdays?",
        "my name is Rosalind Quintero, call me at (832) 555-0147. what is a detainer?",
        "HELP",
        "menu",
        "STOP",
        "my cousin was detained",
        "START",
    ];

    [Fact]
    public async Task A_full_conversation_over_the_webhook_logs_no_number_and_no_text()
    {
        var logs = new LogCapture();
        var storage = new Dictionary<string, JObject>();
        using var app = SmsWebhook.App(logs).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStorage>(new MemoryStorage(storage))));
        using var client = app.CreateClient();

        var replies = new List<string>();
        foreach (var text in Said)
        {
            replies.AddRange(await client.TextAsync(PhoneNumber, text));
        }
        // A refused request too: refusals are logged, without what was sent.
        using var refused = await client.PostSmsAsync(SmsWebhook.Form(PhoneNumber, "undocumented refused"), "bad-signature");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        Assert.True(replies.Count >= Said.Length - 1);
        Assert.DoesNotContain(replies, r => r.Contains("Quintero", StringComparison.Ordinal) || r.Contains("555-0147", StringComparison.Ordinal));
        AssertPrivate(logs, storage);
    }

    [Fact]
    public async Task A_full_conversation_over_azures_twilio_channel_logs_no_number_and_no_text()
    {
        var logs = new LogCapture();
        var storage = new Dictionary<string, JObject>();
        await using var channel = await FakeEmulatorChannel.StartAsync();
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback, Logs = logs, LogsFrom = LogLevel.Information, ConfigureServices = s => s.AddSingleton<IStorage>(new MemoryStorage(storage)) };
        using var client = app.CreateClient();

        foreach (var text in Said)
        {
            var activity = Activities.Message(text, channel.ServiceUrl, conversationId: PhoneNumber, userId: PhoneNumber, expectReplies: false);
            activity["channelId"] = "sms";
            using var response = await client.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The replies reached the real conversation, as SMS: plain pages of at most two segments.
        var received = channel.Received.ToList();
        Assert.True(received.Count >= Said.Length - 1);
        Assert.All(received, r =>
        {
            Assert.Equal(PhoneNumber, (string?)r["conversation"]!["id"]);
            Assert.Equal(PhoneNumber, (string?)r["recipient"]!["id"]);
            Assert.Equal("message", (string?)r["type"]);
            Assert.True(SmsSegments.Fits((string)r["text"]!));
        });
        Assert.Contains(received, r => ((string)r["text"]!).EndsWith(SmsReplyTexts.MorePrompt("en"), StringComparison.Ordinal));
        Assert.Single(received, r => (string?)r["text"] == SmsReplyTexts.Stopped("en"));
        AssertPrivate(logs, storage);
    }

    private static void AssertPrivate(LogCapture logs, Dictionary<string, JObject> storage)
    {
        Assert.NotEmpty(logs.Entries);
        var all = logs.All;
        foreach (var form in new[] { PhoneNumber, "5558675309", "867-5309", "8675309" })
        {
            Assert.DoesNotContain(form, all, StringComparison.Ordinal);
            Assert.All(storage, e =>
            {
                Assert.DoesNotContain(form, e.Key, StringComparison.Ordinal);
                Assert.DoesNotContain(form, e.Value.ToString(), StringComparison.Ordinal);
            });
        }
        foreach (var words in new[] { "undocumented", "county jail", "Zebras", "cousin", "detained" })
        {
            Assert.DoesNotContain(words, all, StringComparison.OrdinalIgnoreCase);
        }
        foreach (var detail in new[] { "Rosalind", "Quintero", "555-0147" })
        {
            Assert.DoesNotContain(detail, all, StringComparison.Ordinal);
            Assert.All(storage, e => Assert.DoesNotContain(detail, e.Value.ToString(), StringComparison.Ordinal));
        }
        Assert.All(storage.Keys, k => Assert.Contains(SmsSenderKeys.Prefix, k, StringComparison.Ordinal));
    }
}
