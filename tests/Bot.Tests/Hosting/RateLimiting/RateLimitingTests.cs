using System.Globalization;
using System.Net;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Tests.Channels.DirectLine;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Hosting.RateLimiting;

/// <summary>The rate limits of configuration section RateLimiting, through the whole app on real HTTP requests.</summary>
public sealed class RateLimitingTests
{
    private static TestAppFactory Limited(params (string Key, string Value)[] settings)
    {
        var app = new TestAppFactory { RemoteAddress = IPAddress.Parse("203.0.113.7") };
        app.Settings["RateLimiting:Enabled"] = "true";
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }
        return app;
    }

    [Fact]
    public async Task A_client_past_its_token_limit_gets_429_with_retry_after()
    {
        using var app = Limited(("RateLimiting:DirectLineTokens:PerClient", "3"));
        using var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await http.PostAsync("/v3/directline/tokens/generate", null);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(RetryAfterSeconds(last!), 1, 60);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
        last.Dispose();
    }

    [Fact]
    public async Task Starting_conversations_and_posting_activities_are_limited_per_client()
    {
        using var app = Limited(("RateLimiting:DirectLineConversations:PerClient", "2"), ("RateLimiting:DirectLineActivities:PerClient", "3"));
        var client = new DirectLineClient(app.CreateClient());

        var conversation = await client.StartAsync();
        await client.StartAsync();
        var third = await client.GenerateAsync();
        using var refusedStart = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", third.Token, "{}");
        var posts = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var posted = await client.PostMessageAsync(conversation, $"message {i}");
            posts.Add(posted.StatusCode);
        }
        // Polling is not limited: Web Chat polls every second.
        using var poll = await client.GetActivitiesAsync(conversation);

        Assert.Equal(HttpStatusCode.TooManyRequests, refusedStart.StatusCode);
        Assert.InRange(RetryAfterSeconds(refusedStart), 1, 60);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], posts);
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
    }

    [Fact]
    public async Task The_answer_api_has_a_global_limit_over_all_clients()
    {
        using var app = Limited(("RateLimiting:AnswerApi:PerClient", "100"), ("RateLimiting:AnswerApi:Global", "2"));
        using var http = app.CreateClient();

        using var one = await http.GetAsync("/api/answer?q=hello");
        using var two = await http.GetAsync("/api/answer?q=hello");
        using var three = await http.GetAsync("/api/answer?q=hello");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, three.StatusCode);
        Assert.InRange(RetryAfterSeconds(three), 1, 60);
    }

    [Fact]
    public async Task A_window_lets_the_client_in_again_once_it_has_passed()
    {
        using var app = Limited(("RateLimiting:AnswerApi:PerClient", "1"), ("RateLimiting:AnswerApi:Window", "00:00:01"));
        using var http = app.CreateClient();

        using var first = await http.GetAsync("/api/answer?q=hello");
        using var refused = await http.GetAsync("/api/answer?q=hello");
        await Task.Delay(TimeSpan.FromSeconds(RetryAfterSeconds(refused)) + TimeSpan.FromMilliseconds(200));
        using var again = await http.GetAsync("/api/answer?q=hello");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Enabled_false_turns_every_limit_off()
    {
        using var app = Limited(("RateLimiting:Enabled", "false"), ("RateLimiting:DirectLineTokens:PerClient", "1"), ("RateLimiting:DirectLineTokens:Global", "1"));
        using var http = app.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            using var response = await http.PostAsync("/v3/directline/tokens/generate", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("RateLimiting:AnswerApi:PerClient", "0")]
    [InlineData("RateLimiting:SmsWebhook:Global", "-1")]
    [InlineData("RateLimiting:DirectLineTokens:Window", "00:00:00")]
    public async Task A_bad_rule_stops_the_app_on_start(string key, string value) =>
        Assert.Contains("RateLimiting", await StartupValidation.FailuresAsync(b => b.AddRateLimits(), key, value), StringComparison.Ordinal);

    [Fact]
    public void Client_keys_hide_the_address_and_group_an_ipv6_64()
    {
        var keys = new ClientAddressKeys();

        var v4 = keys.For(IPAddress.Parse("203.0.113.7"));

        Assert.DoesNotContain("203", v4, StringComparison.Ordinal);
        Assert.Equal(v4, keys.For(IPAddress.Parse("::ffff:203.0.113.7")));
        Assert.NotEqual(v4, keys.For(IPAddress.Parse("203.0.113.8")));
        Assert.Equal(keys.For(IPAddress.Parse("2001:db8:1:2::1")), keys.For(IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(keys.For(IPAddress.Parse("2001:db8:1:2::1")), keys.For(IPAddress.Parse("2001:db8:1:3::1")));
        // Another process (another random key) gives other keys: none can be looked up from outside.
        Assert.NotEqual(v4, new ClientAddressKeys().For(IPAddress.Parse("203.0.113.7")));
        Assert.Equal(ClientAddressKeys.Unknown, keys.For((IPAddress?)null));
    }

    private static int RetryAfterSeconds(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
}
