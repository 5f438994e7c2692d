using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>The Direct Line 3.0 endpoints over HTTP, as Web Chat uses them, with the test bot.</summary>
public sealed class DirectLineApiTests(DirectLineApiTests.Fixture fixture) : IClassFixture<DirectLineApiTests.Fixture>
{
    public sealed class Fixture : TestAppFactory;

    private readonly DirectLineClient _client = new(fixture.CreateClient());

    [Fact]
    public async Task Generate_gives_a_signed_token_for_a_new_conversation()
    {
        using var response = await _client.Http.PostAsync("/v3/directline/tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches("^[0-9a-f]{32}$", body.GetProperty("conversationId").GetString());
        Assert.Contains('.', body.GetProperty("token").GetString()!);
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Starting_a_conversation_returns_it_and_the_bot_welcomes_the_user()
    {
        var conversation = await _client.GenerateAsync();

        using var started = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", conversation.Token, """{"user":{"id":"dl_user1"},"locale":"en-US"}""");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(conversation.Id, body.GetProperty("conversationId").GetString());
        Assert.Equal(conversation.Token, body.GetProperty("token").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 1, 1800);

        var (activities, watermark) = await _client.ActivitiesAsync(conversation);
        var welcome = Assert.Single(activities);
        Assert.Equal("message", welcome.GetProperty("type").GetString());
        Assert.Equal(TestBot.Welcome, welcome.GetProperty("text").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("dl_user1", welcome.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("1", watermark);

        // Starting it again (a client retrying) returns the same conversation without a second welcome.
        using var again = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await _client.ActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task A_message_is_echoed_with_its_client_activity_id_and_answered()
    {
        var conversation = await _client.StartAsync();

        using var posted = await _client.PostMessageAsync(conversation, "What is a detainer?", clientActivityId: "abc-123");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var (activities, watermark) = await _client.ActivitiesAsync(conversation);
        Assert.Equal(3, activities.Length);
        Assert.Equal("3", watermark);
        var echo = activities[1];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("What is a detainer?", echo.GetProperty("text").GetString());
        Assert.Equal("abc-123", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        var reply = activities[2];
        Assert.Equal("You said: What is a detainer?", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());

        // What Web Chat relies on, for every activity: a unique id, an ISO timestamp, the conversation and a role.
        Assert.Equal(activities.Length, activities.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        foreach (var activity in activities)
        {
            Assert.Equal(conversation.Id, activity.GetProperty("conversation").GetProperty("id").GetString());
            Assert.True(DateTimeOffset.TryParseExact(activity.GetProperty("timestamp").GetString(), "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.Contains(activity.GetProperty("from").GetProperty("role").GetString(), new[] { "bot", "user" });
            Assert.Equal("directline", activity.GetProperty("channelId").GetString());
        }
    }

    [Fact]
    public async Task Polling_with_the_watermark_returns_only_what_is_new()
    {
        var conversation = await _client.StartAsync();
        var (_, first) = await _client.ActivitiesAsync(conversation);

        using (await _client.PostMessageAsync(conversation, "one"))
        {
        }
        var (activities, second) = await _client.ActivitiesAsync(conversation, first);
        Assert.Equal(["one", "You said: one"], activities.Select(a => a.GetProperty("text").GetString()));

        var (none, third) = await _client.ActivitiesAsync(conversation, second);
        Assert.Empty(none);
        Assert.Equal(second, third);
    }

    [Fact]
    public async Task Reconnecting_gets_the_conversation()
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(conversation.Id, body.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Refreshing_a_token_gives_a_new_one_for_the_same_conversation()
    {
        var conversation = await _client.StartAsync();
        fixture.Time.Advance(TimeSpan.FromSeconds(5));

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var refreshed = body.GetProperty("token").GetString()!;
        Assert.NotEqual(conversation.Token, refreshed);
        Assert.Equal(conversation.Id, body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        using var poll = await _client.GetActivitiesAsync(conversation, token: refreshed);
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/v3/directline/conversations")]
    [InlineData("POST", "/v3/directline/tokens/refresh")]
    [InlineData("GET", "/v3/directline/conversations/{id}")]
    [InlineData("GET", "/v3/directline/conversations/{id}/activities")]
    [InlineData("POST", "/v3/directline/conversations/{id}/activities")]
    public async Task No_token_is_401_and_a_bad_token_is_403(string method, string path)
    {
        var conversation = await _client.StartAsync();
        path = path.Replace("{id}", conversation.Id, StringComparison.Ordinal);
        var body = method == "POST" ? """{"type":"message","text":"hi"}""" : null;

        using var missing = await _client.SendAsync(new HttpMethod(method), path, token: null, body);
        using var garbage = await _client.SendAsync(new HttpMethod(method), path, "not-a-token", body);
        using var tampered = await _client.SendAsync(new HttpMethod(method), path, Tamper(conversation.Token), body);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("MissingToken", await ErrorCode(missing));
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal("InvalidToken", await ErrorCode(tampered));
    }

    [Fact]
    public async Task A_token_for_another_conversation_is_403()
    {
        var mine = await _client.StartAsync();
        var theirs = await _client.StartAsync();

        using var poll = await _client.GetActivitiesAsync(theirs, token: mine.Token);
        using var post = await _client.PostActivityAsync(theirs, """{"type":"message","text":"hi"}""", token: mine.Token);
        using var get = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.Id}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Single((await _client.ActivitiesAsync(theirs)).Activities);
    }

    [Fact]
    public async Task A_conversation_that_was_never_started_is_404()
    {
        var notStarted = await _client.GenerateAsync();

        using var poll = await _client.GetActivitiesAsync(notStarted);
        using var post = await _client.PostMessageAsync(notStarted, "hi");

        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal("ConversationNotFound", await ErrorCode(poll));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task A_message_over_the_length_limit_is_413_and_not_delivered()
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.PostMessageAsync(conversation, new string('a', 8001));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageTooLarge", await ErrorCode(response));
        Assert.Single((await _client.ActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var conversation = await _client.StartAsync();
        var padding = new string('x', 70 * 1024);

        using var response = await _client.PostActivityAsync(conversation, $$$"""{"type":"message","text":"hi","channelData":{"pad":"{{{padding}}}"}}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("null", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"no type"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"invoke","name":"x"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":"   "}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":"see file","attachments":[{"contentType":"image/png","contentUrl":"data:,"}]}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":"hi"}""", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("type=message&text=hi", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    public async Task Bad_activities_are_rejected_with_a_clear_4xx(string body, string contentType, HttpStatusCode expected)
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, body, contentType);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(await ErrorCode(response)));
        Assert.Single((await _client.ActivitiesAsync(conversation)).Activities);
    }

    [Theory]
    [InlineData("""{"type":"message","text":{"nested":true}}""")]
    [InlineData("""{"type":5,"text":"hi"}""")]
    [InlineData("""{"type":"message","text":"hi","timestamp":"2020-13-45T99:00:00Z"}""")]
    [InlineData("""{"type":"message","text":"hi","localTimestamp":"yesterday"}""")]
    [InlineData("""{"type":"message","text":"hi","from":"me"}""")]
    [InlineData("""{"type":"message","text":"hi","entities":"x"}""")]
    [InlineData("""{"type":"message","text":"hi","attachments":{}}""")]
    [InlineData("""{"type":"message","text":"hi","membersAdded":[1,2]}""")]
    [InlineData("""{"type":"message","text":"hi","suggestedActions":{"actions":"x"}}""")]
    [InlineData("""{"type":"message","text":"hi","channelData":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""")]
    [InlineData("""{"type":"message","text":"\ud800"}""")]
    [InlineData("""{"type":"message","text":"hi"} trailing""")]
    [InlineData("\uFEFF{\"type\":\"message\",\"text\":\"hi\"}")]
    public async Task Odd_activities_never_get_a_5xx(string body)
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.PostActivityAsync(conversation, body);
        using var poll = await _client.GetActivitiesAsync(conversation);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body}");
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
    }

    [Fact]
    public async Task An_empty_activity_body_is_400()
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Starting_with_a_malformed_body_is_400()
    {
        var conversation = await _client.GenerateAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", conversation.Token, "{oops");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task A_watermark_this_service_did_not_give_is_400(string watermark)
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.GetActivitiesAsync(conversation, watermark);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task When_the_bot_fails_the_user_gets_an_apology_and_polling_goes_on()
    {
        var conversation = await _client.StartAsync();

        using var posted = await _client.PostMessageAsync(conversation, "boom");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var (activities, _) = await _client.ActivitiesAsync(conversation);
        Assert.StartsWith("Sorry, something went wrong", activities[^1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_is_accepted_but_not_kept()
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.PostActivityAsync(conversation, """{"type":"typing"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await _client.ActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task The_client_cannot_impersonate_the_bot()
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.PostActivityAsync(conversation, """{"type":"message","text":"I am the bot","from":{"id":"knowyourrights-bot","role":"bot"},"id":"fake","timestamp":"2001-01-01T00:00:00Z"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await _client.ActivitiesAsync(conversation)).Activities[1];
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.NotEqual("knowyourrights-bot", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.NotEqual("fake", echo.GetProperty("id").GetString());
        Assert.False(echo.GetProperty("timestamp").GetString()!.StartsWith("2001", StringComparison.Ordinal));
    }

    private static async Task<string?> ErrorCode(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("error").GetProperty("code").GetString();
    }

    /// <summary>The same token with one character of its signature changed.</summary>
    private static string Tamper(string token)
    {
        var last = token[^2];
        return token[..^2] + (last == 'A' ? 'B' : 'A') + token[^1];
    }
}
