using System.Globalization;
using System.Net;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Tests.Channels.DirectLine;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Hosting.RateLimiting;

/// <summary>The rate limits of configuration section RateLimiting, through the whole app on real HTTP requests.</summary>
public sealed class RateLimitingTests
{
    private static TestAppFactory Limited(params (string Key, string Value)[] settings)
    {
        var app = new TestAppFactory
        {
            RemoteAddress = IPAddress.Parse("203.0.113.7"),
            ConfigureServices = s => s.Configure<TwilioOptions>(o =>
            {
                o.AuthToken = SmsWebhook.AuthToken;
                o.WebhookUrl = SmsWebhook.PublicUrl;
            }),
        };
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
    public async Task A_flood_of_refused_requests_from_one_client_leaves_every_other_client_served()
    {
        // Behind a trusted proxy (the test server's address), each X-Forwarded-For is a client.
        using var app = Limited(
            ("RateLimiting:TrustedProxies:0", "203.0.113.7"),
            ("RateLimiting:AnswerApi:PerClient", "5"),
            ("RateLimiting:AnswerApi:Concurrency", "1"),
            ("RateLimiting:AnswerApi:Queue", "0"),
            ("RateLimiting:DirectLineActivities:PerClient", "5"),
            ("RateLimiting:DirectLineTokens:PerClient", "5"),
            ("RateLimiting:SmsWebhook:PerClient", "5"));
        using var http = app.CreateClient();
        var client = new DirectLineClient(http);
        var conversation = await client.StartAsync();

        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
        {
            // Malformed (no question), a forged Direct Line token, a forged Twilio signature: all from one client.
            flood.Add(await StatusAsync(http, HttpMethod.Get, "/api/answer", "198.51.100.1"));
            using (var forgedPost = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities"))
            {
                forgedPost.Headers.Add("X-Forwarded-For", "198.51.100.1");
                forgedPost.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "forged");
                forgedPost.Content = new StringContent("{\"type\":\"message\",\"text\":\"x\"}", System.Text.Encoding.UTF8, "application/json");
                using var response = await http.SendAsync(forgedPost);
                flood.Add(response.StatusCode);
            }
            using (var forgedSms = await http.PostSmsAsync(SmsWebhook.Form("+15550100" + (i % 100).ToString("D2", CultureInfo.InvariantCulture), "hi"), signature: "forged"))
            {
                flood.Add(forgedSms.StatusCode);
            }
        }

        Assert.DoesNotContain(flood, s => s == HttpStatusCode.OK);
        Assert.Contains(HttpStatusCode.TooManyRequests, flood);
        // Another client asks, chats and texts as if nothing happened.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, HttpMethod.Get, "/api/answer?q=hello", "198.51.100.2"));
        using (var posted = await client.PostMessageAsync(conversation, "What is a detainer?"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }
        using (var text = await http.PostSmsAsync(SmsWebhook.Form("+15550199999", "What is a detainer?")))
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, text.StatusCode);
        }
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_forwarded_address_is_the_client()
    {
        using var app = Limited(("RateLimiting:TrustedProxies:0", "203.0.113.0/24"), ("RateLimiting:AnswerApi:PerClient", "2"));
        using var http = app.CreateClient();

        var first = new[]
        {
            await StatusAsync(http, HttpMethod.Get, "/api/answer?q=hello", "198.51.100.1"),
            await StatusAsync(http, HttpMethod.Get, "/api/answer?q=hello", "198.51.100.1"),
            await StatusAsync(http, HttpMethod.Get, "/api/answer?q=hello", "198.51.100.1"),
        };
        var other = await StatusAsync(http, HttpMethod.Get, "/api/answer?q=hello", "198.51.100.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, other);
    }

    [Fact]
    public async Task A_forwarded_header_from_an_untrusted_address_is_ignored()
    {
        using var app = Limited(("RateLimiting:TrustedProxies:0", "10.0.0.0/8"), ("RateLimiting:AnswerApi:PerClient", "2"));
        using var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // A new "client" every time: were the header believed, none would ever be limited.
            statuses.Add(await StatusAsync(http, HttpMethod.Get, "/api/answer?q=hello", $"198.51.100.{i + 1}"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, HttpMethod method, string path, string forwardedFor)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
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
        using var app = Limited(("RateLimiting:Enabled", "false"), ("RateLimiting:DirectLineTokens:PerClient", "1"), ("RateLimiting:DirectLineTokens:Concurrency", "1"));
        using var http = app.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            using var response = await http.PostAsync("/v3/directline/tokens/generate", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("RateLimiting:AnswerApi:PerClient", "0")]
    [InlineData("RateLimiting:SmsWebhook:Concurrency", "0")]
    [InlineData("RateLimiting:TrustedProxies:0", "not-an-address")]
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
