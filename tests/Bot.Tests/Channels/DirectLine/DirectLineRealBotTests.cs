using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>The real bot behind the embedded Direct Line, over HTTP as Web Chat drives it (no browser needed).</summary>
public sealed class DirectLineRealBotTests(DirectLineRealBotTests.Fixture fixture) : IClassFixture<DirectLineRealBotTests.Fixture>
{
    public sealed class Fixture : TestAppFactory
    {
        public Fixture() => UseRealBot = true;
    }

    private readonly DirectLineClient _client = new(fixture.CreateClient());

    [Fact]
    public async Task The_bot_welcomes_a_new_conversation_with_topics_to_pick()
    {
        var conversation = await _client.StartAsync();

        var (activities, _) = await _client.ActivitiesAsync(conversation);

        var welcome = Assert.Single(activities, a => a.GetProperty("type").GetString() == "message");
        Assert.Contains("not legal advice", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(welcome.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_question_is_answered_with_citation_links_after_the_echo()
    {
        var conversation = await _client.StartAsync();
        var (_, watermark) = await _client.ActivitiesAsync(conversation);

        using var posted = await _client.PostMessageAsync(conversation, "What is an ICE detainer?", "q-1");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var (activities, _) = await _client.ActivitiesAsync(conversation, watermark);
        Assert.Equal("q-1", activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var answer = activities.Last(a => a.GetProperty("type").GetString() == "message");
        Assert.Equal("bot", answer.GetProperty("from").GetProperty("role").GetString());
        var text = answer.GetProperty("text").GetString()!;
        Assert.Contains("A detainer is a request from ICE", text, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]: https://", text);
    }
}
