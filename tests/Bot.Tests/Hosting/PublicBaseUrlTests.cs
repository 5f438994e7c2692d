using System.Net;
using System.Text.Json;
using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Tests.Web.Outreach;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Tests.Hosting;

/// <summary>
/// Absolute links come from App:PublicBaseUrl alone: a request's Host header (which anyone can
/// set) never reaches a link, a QR code or a flyer. Without the setting only loopback is trusted.
/// </summary>
public sealed class PublicBaseUrlTests
{
    private const string Evil = "evil.example";

    [Theory]
    [InlineData("/relative")]
    [InlineData("ftp://rights.example.org/")]
    [InlineData("https://rights.example.org/?x=1")]
    [InlineData("https://user:pw@rights.example.org/")]
    public async Task A_public_base_url_that_is_not_a_plain_web_address_stops_the_app_at_start(string value)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["App:PublicBaseUrl"] = value });
        builder.AddPublicLinks();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("App:PublicBaseUrl", error.Message);
    }

    [Fact]
    public async Task With_the_setting_a_forged_host_never_reaches_the_outreach_links_qr_code_or_flyer()
    {
        using var app = new TestAppFactory();
        app.Settings["App:PublicBaseUrl"] = "https://rights.example.org";
        using var client = app.CreateClient();

        var page = await GetAsync(client, "/outreach?topic=dmv");
        var flyer = await GetAsync(client, "/outreach/flyer?topic=dmv");
        var qr = await GetAsync(client, "/outreach/qr.png?topic=dmv");

        Assert.DoesNotContain(Evil, await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://rights.example.org/?topic=dmv", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Evil, await flyer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("https://rights.example.org/?topic=dmv", OutreachTests.Decode(await qr.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Without_the_setting_a_forged_host_gets_relative_links_and_no_qr_code()
    {
        using var app = new TestAppFactory();
        using var client = app.CreateClient();

        var page = await (await GetAsync(client, "/outreach?topic=dmv")).Content.ReadAsStringAsync();
        var qr = await GetAsync(client, "/outreach/qr.png?topic=dmv");
        var svg = await GetAsync(client, "/outreach/qr.svg?topic=dmv");
        var flyer = await GetAsync(client, "/outreach/flyer?topic=dmv");

        Assert.DoesNotContain(Evil, page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"/?topic=dmv\"", page, StringComparison.Ordinal);
        Assert.Contains("App:PublicBaseUrl", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img class=\"qr\"", page, StringComparison.Ordinal);
        Assert.All([qr, svg, flyer], r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.DoesNotContain(Evil, await flyer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost:5000", "http://localhost:5000/?topic=dmv")]
    [InlineData("127.0.0.1:8080", "http://127.0.0.1:8080/?topic=dmv")]
    [InlineData("[::1]:5000", "http://[::1]:5000/?topic=dmv")]
    public async Task Without_the_setting_a_loopback_host_is_trusted_for_a_developers_machine(string host, string link)
    {
        using var app = new TestAppFactory();
        using var client = app.CreateClient();

        var qr = await GetAsync(client, "/outreach/qr.png?topic=dmv", host);

        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal(link, OutreachTests.Decode(await qr.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task With_the_setting_the_papers_citation_in_the_api_is_an_absolute_link_to_its_paragraph()
    {
        using var app = new TestAppFactory();
        app.Settings["App:PublicBaseUrl"] = "https://rights.example.org/kyr";
        using var client = app.CreateClient();

        using var answer = JsonDocument.Parse(await (await GetAsync(client, "/api/answer?q=" + Uri.EscapeDataString("What is an ICE detainer?"))).Content.ReadAsStringAsync());

        var paper = answer.RootElement.GetProperty("citations").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "paper");
        Assert.Equal("https://rights.example.org/kyr/paper#" + paper.GetProperty("passageId").GetString(), paper.GetProperty("url").GetString());
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string host = Evil)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        return client.SendAsync(request);
    }
}
