using System.Net;
using System.Text;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.BotFramework;

/// <summary><c>POST /api/messages</c> over HTTP, through the whole app (WebApplicationFactory).</summary>
public sealed class BotMessagesEndpointTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task Answers_an_emulator_style_post_from_loopback()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("What is a detainer?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.RepliesAsync();
        Assert.Equal("typing", (string?)replies[0]!["type"]);
        var text = (string?)replies[^1]!["text"];
        Assert.Contains("detainer", text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\n\[\d+\]: https?://", text);
    }

    [Fact]
    public async Task Welcomes_an_emulator_user_who_joins()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.IPv6Loopback };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Join(serviceUrl: "http://127.0.0.1:50123/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await response.RepliesAsync());
        Assert.NotEmpty(welcome!["suggestedActions"]!["actions"]!.AsArray());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task Forbids_a_service_url_that_is_not_loopback_when_no_app_id_is_configured(string serviceUrl)
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("What is a detainer?", serviceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Forbids_a_caller_that_is_not_loopback_when_no_app_id_is_configured()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = Remote };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("What is a detainer?"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Treats_an_unknown_caller_address_as_not_loopback()
    {
        // TestServer's own behaviour: no remote address at all.
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("What is a detainer?"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\", \"serviceUrl\": \"http://localhost:3978/\"}")]
    [InlineData("")]
    public async Task Rejects_a_body_that_is_not_an_activity_with_400(string body)
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_an_oversized_body_with_413()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();
        var activity = Activities.Message(new string('a', 70 * 1024));

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_an_oversized_body_sent_without_a_content_length_with_413()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();
        var body = Activities.Message(new string('a', 70 * 1024)).ToJsonString();
        using var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2V2aWwuZXhhbXBsZSJ9.")]
    [InlineData("Basic dXNlcjpwYXNz")]
    // Well formed, from Bot Framework's issuer, but not signed by its keys (or its keys cannot be fetched).
    [InlineData("Bearer eyJhbGciOiAiUlMyNTYiLCAia2lkIjogIngiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAiaHR0cHM6Ly9hcGkuYm90ZnJhbWV3b3JrLmNvbSIsICJhdWQiOiAiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAxIiwgImV4cCI6IDQxMDI0NDQ4MDAsICJuYmYiOiAxNjAwMDAwMDAwfQ.c2ln")]
    public async Task Answers_401_for_a_missing_or_bad_token_when_an_app_id_is_configured(string? authorization)
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = Remote, Settings = { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" } };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("What is a detainer?", "https://smba.trafficmanager.net/amer/"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_other_methods()
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"serviceUrl\": \"http://localhost:3978/\", \"text\": \"What is a detainer?\", \"deliveryMode\": \"expectReplies\"}")]
    [InlineData("{\"type\": \"message\", \"serviceUrl\": \"http://localhost:3978/\", \"conversation\": {\"id\": \"c\"}}")]
    [InlineData("{\"type\": \"invoke\", \"serviceUrl\": \"http://localhost:3978/\", \"conversation\": {\"id\": \"c\"}, \"from\": {\"id\": \"u\"}, \"recipient\": {\"id\": \"b\"}}")]
    [InlineData("{\"type\": \"conversationUpdate\", \"serviceUrl\": \"http://localhost:3978/\", \"membersAdded\": null}")]
    [InlineData("{\"type\": \"event\", \"name\": \"x\", \"serviceUrl\": \"http://127.0.0.1:9/\", \"conversation\": {\"id\": \"c\"}}")]
    [InlineData("{\"type\": \"message\", \"serviceUrl\": \"http://127.0.0.1:9/\", \"conversation\": {\"id\": \"c\"}, \"text\": 42, \"entities\": {}}")]
    public async Task Never_answers_500_to_odd_activities(string body)
    {
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback };
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        // An unknown invoke gets the protocol's 501 from ActivityHandler; nothing is an unhandled 500.
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    /// <summary>A body stream with no length, so the request is sent chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
