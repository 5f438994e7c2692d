using KnowYourRights.Bot.Channels.Twilio;
using System.Net;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Channels.Twilio;

/// <summary><c>GET /s/{code}</c>, the short links of SMS replies, through the whole app.</summary>
public sealed class SmsShortLinkEndpointTests
{
    private static readonly SourceManifest Manifest = SourceManifest.Load(Path.Combine(TestKnowledge.SeedsPath, KnowledgeSeeds.ManifestFile));

    [Fact]
    public async Task Every_linked_source_redirects_to_its_own_url()
    {
        using var app = App();
        using var client = NoRedirects(app);
        var sources = Manifest.Sources.Where(s => s.Url is not null).ToList();
        Assert.NotEmpty(sources);

        foreach (var source in sources)
        {
            var link = app.Services.GetRequiredService<SmsShortLinks>().LinkFor(Citation(source));
            Assert.StartsWith(SmsConversation.PublicBase + "/s/", link, StringComparison.Ordinal);

            using var response = await client.GetAsync(new Uri(link!).AbsolutePath);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(new Uri(source.Url!).AbsoluteUri, response.Headers.Location!.AbsoluteUri);
        }
    }

    [Fact]
    public async Task A_paper_citation_redirects_to_its_passage_on_the_paper_page_or_to_the_page()
    {
        using var app = App();
        using var client = NoRedirects(app);
        var links = app.Services.GetRequiredService<SmsShortLinks>();
        var paper = Citation(Manifest.Paper);

        Assert.Equal("/paper#paper-010", await LocationAsync(client, links.LinkFor(paper with { PassageId = "paper-010" })!));
        Assert.Equal("/paper", await LocationAsync(client, links.LinkFor(paper)!));
        // A passage id the paper does not have links to the page itself.
        Assert.Equal(links.LinkFor(paper), links.LinkFor(paper with { PassageId = "paper-999" }));
    }

    [Theory]
    [InlineData("/s/zzzzzz")]
    [InlineData("/s/abc")]
    [InlineData("/s/not-a-code-at-all")]
    [InlineData("/s/%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC%E2%82%AC")]
    public async Task An_unknown_code_is_a_small_plain_404(string path)
    {
        using var app = App();
        using var client = NoRedirects(app);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 64);
    }

    [Fact]
    public async Task A_code_read_off_a_screen_in_capitals_or_with_look_alikes_still_works()
    {
        using var app = App();
        using var client = NoRedirects(app);
        var code = SmsShortLinkCodes.For("paper:paper-010");

        Assert.Equal("/paper#paper-010", await LocationAsync(client, "/s/" + code.ToUpperInvariant()));
        Assert.Equal(SmsShortLinkCodes.Normalize(code.Replace('0', 'o').Replace('1', 'l')), code);
    }

    [Fact]
    public void Codes_are_the_same_on_two_app_instances_and_depend_on_the_target_only()
    {
        using var first = App();
        using var second = new TestAppFactory { UseRealClock = true, Settings = { ["App:PublicBaseUrl"] = "https://other.example.org/bot/" } };

        var one = first.Services.GetRequiredService<SmsShortLinks>();
        var two = second.Services.GetRequiredService<SmsShortLinks>();

        Assert.Equal(one.Targets, two.Targets);
        Assert.Equal(Manifest.Sources.Count(s => s.Url is not null || s.ArchiveUrl is not null) + 1 + SeedPaperPassages, one.Targets.Count);
        var paper = Citation(Manifest.Paper) with { PassageId = "paper-010" };
        Assert.Equal(one.LinkFor(paper)![^6..], two.LinkFor(paper)![^6..]);
        Assert.Equal("https://other.example.org/bot/s/" + SmsShortLinkCodes.For("paper:paper-010"), two.LinkFor(paper));
        // Pinned: a code sent in a message yesterday must still work after any release.
        Assert.Equal("70k3bj", SmsShortLinkCodes.For("paper"));
        Assert.Equal("crk772", SmsShortLinkCodes.For("paper:paper-010"));
    }

    [Fact]
    public void Two_targets_with_one_code_stop_the_table_from_being_made()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SmsShortLinks(Manifest, ["paper-001"], null, _ => "aaaaaa"));

        Assert.Contains("'paper'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'paper:paper-001'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_address_is_the_configured_one_else_the_twilio_webhooks_else_none()
    {
        Assert.Equal(new Uri("https://rights.example.org/"), SmsShortLinks.PublicBase("https://rights.example.org/", "https://kyr.example.org/api/sms"));
        Assert.Equal(new Uri("https://kyr.example.org/"), SmsShortLinks.PublicBase(null, "https://kyr.example.org/api/sms"));
        Assert.Equal(new Uri("https://kyr.example.org/bot/"), SmsShortLinks.PublicBase(" ", "https://kyr.example.org/bot/api/sms"));
        Assert.Null(SmsShortLinks.PublicBase("/relative", null));
        Assert.Null(SmsShortLinks.PublicBase(null, null));
    }

    [Fact]
    public async Task Sources_over_the_twilio_webhook_link_to_the_webhooks_host_when_no_public_address_is_set()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();
        await client.TextAsync("+15557654321", "What is an ICE detainer?");

        var sources = Assert.Single(await client.TextAsync("+15557654321", "SOURCES"));

        Assert.Contains("[1] Paper 2020 https://kyr.example.org/s/", sources, StringComparison.Ordinal);
        Assert.True(SmsSegments.Fits(sources));
    }

    private static int SeedPaperPassages =>
        PaperParser.Parse(File.ReadAllText(Path.Combine(TestKnowledge.SeedsPath, KnowledgeSeeds.PaperFile))).Passages.Count;

    private static TestAppFactory App() => new() { UseRealClock = true, Settings = { ["App:PublicBaseUrl"] = SmsConversation.PublicBase } };

    private static HttpClient NoRedirects(TestAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static AnswerCitation Citation(Source source) => new(1, source.Id, source.Title, source.Url, source.Publisher, source.Date);

    private static async Task<string> LocationAsync(HttpClient client, string link)
    {
        using var response = await client.GetAsync(link.StartsWith('/') ? link : new Uri(link).AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }
}
