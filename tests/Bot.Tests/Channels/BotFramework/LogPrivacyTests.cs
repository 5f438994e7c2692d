using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.Channels.BotFramework;

/// <summary>
/// A question can reveal immigration status: logs at Information and above must hold no message
/// text, user id or conversation id, from the bot, the endpoint or the Bot Framework SDK.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string UserId = "user-5f1c9e";
    private const string ConversationId = "conv-8a7d3b";

    [Fact]
    public async Task A_full_conversation_logs_no_message_text_or_ids()
    {
        var logs = new LogCapture();
        await using var channel = await FakeEmulatorChannel.StartAsync();
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback, Logs = logs, LogsFrom = LogLevel.Information };
        using var client = app.CreateClient();
        string[] said =
        [
            "I am undocumented, can ICE take me from the county jail?",
            "What is a detainer?",
            "Hi, my name is Rosalind Quintero, call me at (832) 555-0147. Can ICE arrest me at court?",
            "Zebras play chess on Tuesdays?",
            "sources",
            "help",
            "start over",
        ];

        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(Activities.Join(channel.ServiceUrl, ConversationId, UserId, expectReplies: false))).StatusCode);
        foreach (var text in said)
        {
            using var response = await client.PostActivityAsync(Activities.Message(text, channel.ServiceUrl, ConversationId, UserId, expectReplies: false));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        // One bad request too: refusals are logged, but without what was sent.
        using var refused = await client.PostActivityAsync(Activities.Message("undocumented refused", "https://evil.example/", ConversationId, UserId));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        Assert.True(channel.Received.Count >= said.Length + 1);
        Assert.NotEmpty(logs.Entries);
        var all = logs.All;
        Assert.DoesNotContain(UserId, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ConversationId, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("undocumented", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zebras", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("county jail", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Quintero", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("555-0147", all, StringComparison.Ordinal);
        // Nor do the replies echo the personal details back.
        var replies = string.Join("\n", channel.Received);
        Assert.DoesNotContain("Quintero", replies, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("555-0147", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", all, StringComparison.Ordinal);
    }
}
