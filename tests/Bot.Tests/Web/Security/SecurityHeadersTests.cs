using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Web.Security;

namespace KnowYourRights.Bot.Tests.Web.Security;

/// <summary>The headers every route family sends, HSTS outside Development, and which responses are compressed.</summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.Fixture fixture) : IClassFixture<SecurityHeadersTests.Fixture>
{
    private const string AdminKey = "security-headers-admin-key-0123";

    public sealed class Fixture : TestAppFactory
    {
        public Fixture()
        {
            Settings["Admin:ApiKey"] = AdminKey;
            Settings["Outreach:FrameAncestors"] = "https://partner.example.org";
            // The QR code needs the site's public address (never the request's Host).
            Settings["App:PublicBaseUrl"] = "https://kyr.example.org/";
        }
    }

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/" },
        { "GET", "/embed" },
        { "GET", "/webchat/chat.css" },
        { "GET", "/webchat/topics/detainers" },
        { "GET", "/outreach" },
        { "GET", "/outreach/flyer?topic=detainers" },
        { "GET", "/outreach/qr.png" },
        { "GET", "/outreach/qr.svg?topic=%3Cscript%3Ealert(1)%3C/script%3E" },
        { "GET", "/api/answer?q=What%20is%20a%20detainer%3F" },
        { "GET", "/api/answer" },
        { "GET", "/admin/index" },
        { "POST", "/admin/index/rollback" },
        { "GET", "/healthz" },
        { "POST", "/v3/directline/tokens/generate" },
        { "GET", "/v3/directline/conversations/abc/activities" },
        { "POST", "/api/sms" },
        { "POST", "/api/voice" },
        { "POST", "/api/messages" },
        { "GET", "/no-such-page" },
        { "DELETE", "/healthz" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_response_forbids_sniffing_referrers_and_framing(string method, string path)
    {
        using var response = await Send(method, path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains(path.StartsWith("/embed", StringComparison.Ordinal) ? "frame-ancestors https://partner.example.org" : "frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/outreach/qr.svg?topic=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/api/answer")]
    [InlineData("/healthz")]
    [InlineData("/v3/directline/conversations/abc/activities")]
    [InlineData("/no-such-page")]
    public async Task A_response_without_its_own_policy_may_load_and_run_nothing(string path)
    {
        using var response = await Send("GET", path);

        Assert.Equal(SecurityHeaders.DefaultContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("/", "script-src 'self'")]
    [InlineData("/embed", "script-src 'self'")]
    [InlineData("/outreach", "script-src 'sha256-")]
    [InlineData("/outreach/flyer", "script-src 'sha256-")]
    public async Task Every_page_keeps_its_own_policy(string path, string expected)
    {
        using var response = await Send("GET", path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outreach_pages_have_no_inline_event_handlers_their_policy_would_block()
    {
        foreach (var path in new[] { "/outreach", "/outreach/flyer?topic=detainers" })
        {
            using var response = await Send("GET", path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=\"", html.Replace("&quot;", "\"", StringComparison.Ordinal).Split("<textarea")[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Https_responses_carry_hsts_outside_development()
    {
        using var app = new TestAppFactory { Settings = { ["environment"] = "Production" } };
        using var https = app.CreateClient(new() { BaseAddress = new Uri("https://kyr.example.org/") });
        using var http = app.CreateClient(new() { BaseAddress = new Uri("http://kyr.example.org/") });

        using var secure = await https.GetAsync("/healthz");
        using var plain = await http.GetAsync("/healthz");

        Assert.Equal("max-age=31536000", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        using var https = fixture.CreateClient(new() { BaseAddress = new Uri("https://kyr.example.org/") });

        using var response = await https.GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/webchat/chat.css", "br")]
    [InlineData("/webchat/chat.js", "gzip")]
    [InlineData("/outreach?topic=detainers", "gzip")]
    [InlineData("/outreach/qr.svg", "br")]
    [InlineData("/api/answer?q=What%20is%20an%20ICE%20detainer%3F", "br")]
    [InlineData("/healthz", "gzip")]
    public async Task Text_responses_are_compressed_over_https(string path, string encoding)
    {
        using var https = fixture.CreateClient(new() { BaseAddress = new Uri("https://kyr.example.org/") });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await https.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var text = await Decompress(response, encoding);
        Assert.NotEmpty(text);
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            using var _ = JsonDocument.Parse(text);
        }
    }

    [Fact]
    public async Task A_png_is_not_compressed_again()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/outreach/qr.png");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await fixture.CreateClient().SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("https://kyr.example.org/")]
    [InlineData("http://kyr.example.org/")]
    public async Task Direct_line_responses_carrying_tokens_are_never_compressed(string baseAddress)
    {
        using var client = fixture.CreateClient(new() { BaseAddress = new Uri(baseAddress) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("token").GetString()));
    }

    private async Task<HttpResponseMessage> Send(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (path.StartsWith("/admin", StringComparison.Ordinal))
        {
            request.Headers.Add("X-Admin-Key", AdminKey);
        }
        return await fixture.CreateClient().SendAsync(request);
    }

    private static async Task<string> Decompress(HttpResponseMessage response, string encoding)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return await reader.ReadToEndAsync();
    }
}
