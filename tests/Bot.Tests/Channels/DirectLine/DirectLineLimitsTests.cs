using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Channels.DirectLine;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>Token expiry, conversation time-to-live and the memory caps, each on an app of its own.</summary>
public sealed class DirectLineLimitsTests
{
    [Fact]
    public async Task An_expired_token_is_403_and_cannot_be_refreshed()
    {
        using var app = new TestAppFactory { Settings = { ["DirectLine:TokenLifetime"] = "00:00:01" } };
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();
        using (var fresh = await client.GetActivitiesAsync(conversation))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        app.Time.Advance(TimeSpan.FromSeconds(2));

        using var poll = await client.GetActivitiesAsync(conversation);
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Contains("TokenExpired", await poll.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_tiny_real_lifetime_expires_on_the_real_clock()
    {
        using var app = new TestAppFactory { UseRealClock = true, Settings = { ["DirectLine:TokenLifetime"] = "00:00:01" } };
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();

        await Task.Delay(TimeSpan.FromMilliseconds(1100));

        using var poll = await client.GetActivitiesAsync(conversation);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
    }

    [Fact]
    public async Task A_quiet_conversation_is_forgotten_after_its_time_to_live()
    {
        using var app = new TestAppFactory { Settings = { ["DirectLine:ConversationTtl"] = "00:10:00" } };
        var client = new DirectLineClient(app.CreateClient());
        var quiet = await client.StartAsync();
        var busy = await client.StartAsync();

        app.Time.Advance(TimeSpan.FromMinutes(6));
        using (await client.PostMessageAsync(busy, "still here"))
        {
        }
        app.Time.Advance(TimeSpan.FromMinutes(6));

        using var quietPoll = await client.GetActivitiesAsync(quiet);
        using var busyPoll = await client.GetActivitiesAsync(busy);
        Assert.Equal(HttpStatusCode.NotFound, quietPoll.StatusCode);
        Assert.Equal(HttpStatusCode.OK, busyPoll.StatusCode);
        await AssertEndedAsync(quiet.Id);
        Assert.DoesNotContain(busy.Id, TestBot.Ended);
    }

    [Fact]
    public async Task Starting_one_past_the_cap_forgets_the_least_recently_active_of_the_idle()
    {
        using var app = new TestAppFactory { Settings = { ["DirectLine:MaxConversations"] = "2", ["DirectLine:EvictIdleAfter"] = "00:05:00" } };
        var client = new DirectLineClient(app.CreateClient());
        var first = await client.StartAsync();
        app.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await client.StartAsync();
        app.Time.Advance(TimeSpan.FromMinutes(1));
        using (await client.PostMessageAsync(first, "keep me"))
        {
        }
        app.Time.Advance(TimeSpan.FromMinutes(5));

        var third = await client.StartAsync();

        using var firstPoll = await client.GetActivitiesAsync(first);
        using var secondPoll = await client.GetActivitiesAsync(second);
        using var thirdPoll = await client.GetActivitiesAsync(third);
        Assert.Equal(HttpStatusCode.OK, firstPoll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, secondPoll.StatusCode);
        Assert.Equal(HttpStatusCode.OK, thirdPoll.StatusCode);
        await AssertEndedAsync(second.Id);
    }

    [Fact]
    public async Task A_long_conversation_keeps_only_its_newest_activities()
    {
        using var app = new TestAppFactory { Settings = { ["DirectLine:MaxActivitiesPerConversation"] = "10" } };
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();

        for (var i = 1; i <= 8; i++)
        {
            using var _ = await client.PostMessageAsync(conversation, $"m{i}", $"c{i}");
        }

        var (activities, watermark) = await client.ActivitiesAsync(conversation);
        Assert.Equal(10, activities.Length);
        Assert.Equal("17", watermark);
        Assert.Equal("You said: m8", activities[^1].GetProperty("text").GetString());
        Assert.Equal("m4", activities[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("DirectLine:MaxConversations", "0")]
    [InlineData("DirectLine:TokenLifetime", "00:00:00")]
    [InlineData("DirectLine:ConversationTtl", "30.00:00:00")]
    [InlineData("DirectLine:TokenSecret", "too-short")]
    [InlineData("DirectLine:MaxMessageLength", "0")]
    [InlineData("DirectLine:MaxActivityBytes", "100")]
    [InlineData("DirectLine:MaxConversationBytes", "2048")]
    [InlineData("DirectLine:EvictIdleAfter", "-00:01:00")]
    public async Task Bad_limits_stop_the_app_on_start(string key, string value) =>
        Assert.Contains(key.Split(':')[1], await StartupValidation.FailuresAsync(b => b.AddDirectLine(), key, value), StringComparison.Ordinal);

    [Fact]
    public async Task A_configured_secret_makes_tokens_valid_across_instances()
    {
        const string secret = "a-test-secret-that-is-long-enough-1234";
        using var one = new TestAppFactory { Settings = { ["DirectLine:TokenSecret"] = secret } };
        using var two = new TestAppFactory { Settings = { ["DirectLine:TokenSecret"] = secret } };
        using var other = new TestAppFactory();
        var token = (await new DirectLineClient(one.CreateClient()).GenerateAsync()).Token;

        using var accepted = await new DirectLineClient(two.CreateClient()).SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        using var refused = await new DirectLineClient(other.CreateClient()).SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>The bot is told (in the background) that a forgotten conversation ended, so it can drop its state.</summary>
    private static async Task AssertEndedAsync(string conversationId)
    {
        for (var i = 0; i < 50 && !TestBot.Ended.Contains(conversationId); i++)
        {
            await Task.Delay(100);
        }
        Assert.Contains(conversationId, TestBot.Ended);
    }
}
