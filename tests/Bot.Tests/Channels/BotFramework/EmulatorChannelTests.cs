using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.BotFramework;

/// <summary>The Emulator path end to end: the bot posts its replies to a real loopback channel service.</summary>
public sealed class EmulatorChannelTests
{
    [Fact]
    public async Task Posts_the_typing_indicator_and_the_answer_to_the_emulators_service_url()
    {
        await using var channel = await FakeEmulatorChannel.StartAsync();
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("Can ICE arrest people at courthouses?", channel.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = channel.Received.ToList();
        Assert.Equal(2, received.Count);
        Assert.Equal("typing", (string?)received[0]["type"]);
        Assert.Equal("message", (string?)received[1]["type"]);
        Assert.Contains("courthouse", (string?)received[1]["text"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("conv-1|0000001", (string?)received[1]["replyToId"]);
    }

    [Fact]
    public async Task Answers_200_not_500_when_the_channel_cannot_be_reached()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();

        // Nothing listens on port 9 (discard) here: the reply and the apology both fail.
        using var response = await client.PostActivityAsync(Activities.Message("What is a detainer?", "http://127.0.0.1:9/", expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
