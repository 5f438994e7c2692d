using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Bot.Tests.Web.Pages;

public sealed class PaperPageTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    private static readonly Paper Paper = KnowledgeSeeds.Load(TestKnowledge.SeedsPath).Paper;

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Every_paragraph_and_list_item_has_its_passage_id_as_anchor_and_every_footnote_its_own()
    {
        var html = await SimplePage.AssertSimpleAsync(await _client.GetAsync("/paper"));

        Assert.All(Paper.Passages, p => Assert.Contains($" id=\"{p.Id}\">", html, StringComparison.Ordinal));
        Assert.All(Paper.Footnotes.Keys, n => Assert.Contains($"<li id=\"fn-{n}\" value=\"{n}\">", html, StringComparison.Ordinal));
        // Markers link down to their footnotes, and footnotes back up to the text.
        Assert.Contains("<sup><a href=\"#fn-1\">1</a></sup>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#paper-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_has_the_title_headings_date_notice_and_highlights_the_target()
    {
        var html = await _client.GetStringAsync("/paper");

        Assert.Contains("<h1>Ending ICE&#x27;s Use of State and Local Resources</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Recommendations to the President</h2><h3>First 100 Days</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Written November 2020.", html, StringComparison.Ordinal);
        Assert.Contains("not legal advice", html, StringComparison.Ordinal);
        Assert.Contains(":target{", html, StringComparison.Ordinal);
        // A numbered recommendation is a list item; its points are a list inside it.
        Assert.Contains("<ol><li value=\"1\"><p id=\"paper-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footnotes_link_to_their_sources_from_the_manifest()
    {
        var html = await _client.GetStringAsync("/paper");

        var manifest = SourceManifest.Load(Path.Combine(TestKnowledge.SeedsPath, KnowledgeSeeds.ManifestFile));
        var linked = manifest.Sources.Where(s => s.Footnotes.Count > 0 && s.Url is not null).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, s => Assert.Contains($"href=\"{WebUtility.HtmlEncode(s.Url)}\"".Replace("&#39;", "&#x27;", StringComparison.Ordinal), html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_Spanish_the_menus_are_Spanish_and_the_paper_stays_marked_English()
    {
        var html = await _client.GetStringAsync("/paper?lang=es");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"en\"><h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Notas</h2>", html, StringComparison.Ordinal);
        Assert.Contains("no consejo legal", html, StringComparison.Ordinal);
    }
}
