using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>The page and its files over HTTP: what a phone, a screen reader and a privacy review need to find.</summary>
public sealed class WebChatPageTests(WebChatPageTests.Fixture fixture) : IClassFixture<WebChatPageTests.Fixture>
{
    public sealed class Fixture : TestAppFactory;

    private readonly HttpClient _http = fixture.CreateClient();

    [Fact]
    public async Task The_page_is_accessible_html_with_the_privacy_and_legal_notices()
    {
        using var response = await _http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Know Your Rights</h1>", html, StringComparison.Ordinal);
        Assert.Contains("We don't store who you are.", html, StringComparison.Ordinal);
        Assert.Contains("not legal advice", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/webchat/webchat\\.[a-z0-9]+\\.js\" defer></script>", html);
    }

    [Fact]
    public async Task The_pages_link_each_script_and_style_by_its_fingerprinted_url()
    {
        foreach (var page in new[] { "/", "/embed" })
        {
            var html = await _http.GetStringAsync(page);

            foreach (var asset in new[] { "webchat.js", "chat.js", "chat.css" })
            {
                var name = Path.GetFileNameWithoutExtension(asset);
                var extension = Path.GetExtension(asset);
                var url = Regex.Match(html, $"\"(/webchat/{Regex.Escape(name)}\\.[a-z0-9]{{6,}}{Regex.Escape(extension)})\"");
                Assert.True(url.Success, $"{page} does not link {asset} by a fingerprinted URL");
                using var response = await _http.GetAsync(url.Groups[1].Value);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task A_fingerprinted_file_is_cached_for_a_year_and_sent_compressed_to_a_browser_that_accepts_it()
    {
        // As in production, in the README's run too (Development): the manifest's cache headers.
        var http = _http;
        var html = await http.GetStringAsync("/");
        var url = Regex.Match(html, "\"(/webchat/webchat\\.[a-z0-9]+\\.js)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
        Assert.Contains("immutable", cacheControl.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var script = await reader.ReadToEndAsync();
        Assert.Contains("\"4.18.1\"", script, StringComparison.Ordinal);
    }

    /// <summary>
    /// The compressed copies are made by the build (and by publish, with Brotli too), not per
    /// request: the manifest MapStaticAssets serves from names them, and the app serves those
    /// copies in every environment (<c>ReloadStaticAssetsAtRuntime</c> off).
    /// </summary>
    [Fact]
    public void The_build_precompresses_web_chat_to_a_quarter_of_its_size()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "KnowYourRights.Bot.staticwebassets.endpoints.json")));
        var endpoints = manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => e.GetProperty("Route").GetString() == "webchat/webchat.js")
            .Select(e => e.GetProperty("ResponseHeaders").EnumerateArray().ToDictionary(h => h.GetProperty("Name").GetString()!, h => h.GetProperty("Value").GetString()))
            .ToList();

        var plain = Assert.Single(endpoints, h => !h.ContainsKey("Content-Encoding"));
        var gzip = Assert.Single(endpoints, h => h.GetValueOrDefault("Content-Encoding") == "gzip");
        Assert.True(long.Parse(gzip["Content-Length"]!) * 4 < long.Parse(plain["Content-Length"]!), $"gzip {gzip["Content-Length"]} of {plain["Content-Length"]} bytes");
    }

    /// <summary>
    /// A first visit of <c>/</c> in the README's run (the build, Development): the page and every
    /// script and style it loads, as a browser accepting Brotli and gzip receives them, within a
    /// phone's budget of 1.1 MB, and each compressed body really compressed.
    /// </summary>
    [Fact]
    public async Task A_first_visit_of_the_page_transfers_at_most_1_1_MB_with_its_assets_really_compressed()
    {
        using var page = await _http.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        var total = (await page.Content.ReadAsByteArrayAsync()).LongLength;
        var assets = Regex.Matches(html, "(?:src|href)=\"(/webchat/[^\"]+\\.(?:js|css))\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(3, assets.Count);

        foreach (var url in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("gzip, br");
            using var response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            total += body.LongLength;
            if (response.Content.Headers.ContentEncoding.Contains("gzip"))
            {
                await using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
                var plain = new MemoryStream();
                await gzip.CopyToAsync(plain);
                Assert.True(body.LongLength * 2 < plain.Length || plain.Length < 4096, $"{url}: {body.LongLength} gzip bytes for {plain.Length} bytes of text");
            }
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
        Assert.True(total <= 1_100_000, $"a first visit of / transfers {total:N0} bytes");
    }

    [Fact]
    public async Task The_page_may_reach_only_its_own_origin()
    {
        using var response = await _http.GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_page_cannot_be_framed()
    {
        using var response = await _http.GetAsync("/");

        Assert.EndsWith("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embed_page_is_the_chat_alone_and_may_be_framed_by_partners()
    {
        using var response = await _http.GetAsync("/embed?topic=dmv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.EndsWith("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"webchat\"", html, StringComparison.Ordinal);
        Assert.Contains("We don't store who you are.", html, StringComparison.Ordinal);
        Assert.Contains("not legal advice", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'self' https://partner.example.org", "frame-ancestors 'self' https://partner.example.org")]
    public async Task Who_may_frame_the_embed_page_is_configuration(string configured, string expected)
    {
        using var app = new TestAppFactory { Settings = { ["Outreach:FrameAncestors"] = configured } };
        using var response = await app.CreateClient().GetAsync("/embed");

        Assert.EndsWith(expected, Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_chat_is_served_from_the_build_pinned_at_4_18_1()
    {
        using var response = await _http.GetAsync("/webchat/webchat.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.True(script.Length > 1_000_000, "webchat.js looks truncated");
        Assert.Contains("\"4.18.1\"", script, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task An_unchanged_file_is_not_sent_again()
    {
        using var first = await _http.GetAsync("/webchat/chat.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/webchat/chat.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_page_script_polls_the_embedded_direct_line_without_uploads()
    {
        var script = await _http.GetStringAsync("/webchat/chat.js");

        Assert.Contains("/v3/directline/tokens/generate", script, StringComparison.Ordinal);
        Assert.Contains("domain: window.location.origin + '/v3/directline'", script, StringComparison.Ordinal);
        Assert.Contains("webSocket: false", script, StringComparison.Ordinal);
        Assert.Contains("hideUploadButton: true", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_gives_the_question_the_page_asks_for_it()
    {
        var topic = await _http.GetFromJsonAsync<JsonElement>("/webchat/topics/courthouse");

        Assert.Equal("courthouse", topic.GetProperty("id").GetString());
        Assert.Equal("Can ICE arrest people at courthouses?", topic.GetProperty("question").GetString());
    }

    [Theory]
    [InlineData("/webchat/topics/no-such-topic")]
    [InlineData("/webchat/topics/..%2f..%2fsecrets")]
    public async Task An_unknown_topic_is_404(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/webchat/../appsettings.json")]
    [InlineData("/webchat/%2e%2e%2fappsettings.json")]
    [InlineData("/webchat/index.html.bak")]
    [InlineData("/webchat/KnowYourRights.Bot.dll")]
    [InlineData("/webchat/")]
    public async Task Only_the_listed_files_are_served(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
