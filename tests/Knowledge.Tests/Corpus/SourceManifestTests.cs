using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Tests.Corpus;

public partial class SourceManifestTests
{
    private static readonly string[] Kinds =
    [
        "web page", "pdf", "court case", "law review", "book", "speech", "debate", "executive order", "news article",
        "press release", "letter", "memo", "report", "fact sheet", "blog post", "campaign platform",
        "government investigation", "data", "directory", "policy paper",
    ];

    private static KnowledgeSeeds Seeds => SeedFiles.Seeds;

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoPartialDate();

    [Fact]
    public void Every_footnote_resolves_to_at_least_one_source()
    {
        foreach (var number in Seeds.Paper.Footnotes.Keys)
        {
            Assert.True(Seeds.Manifest.ForFootnote(number).Count > 0, $"Footnote {number} cites no source in sources.json.");
        }
    }

    [Fact]
    public void Every_url_in_a_footnote_appears_in_the_manifest()
    {
        var known = Seeds.Manifest.Sources.SelectMany(s => new[] { s.Url, s.ArchiveUrl }).OfType<string>().ToHashSet();
        var urls = Seeds.Paper.Footnotes.Values.SelectMany(f => f.Urls).ToList();
        Assert.True(urls.Count >= 25, "the footnotes hold dozens of URLs");
        Assert.All(urls, url => Assert.Contains(url, known));
    }

    [Fact]
    public void Sources_are_well_formed()
    {
        Assert.All(Seeds.Manifest.Sources, s =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", s.Id);
            Assert.Contains(s.Kind, Kinds);
            Assert.False(string.IsNullOrWhiteSpace(s.Title));
            if (s.Date is not null)
            {
                Assert.Matches(IsoPartialDate(), s.Date);
            }
            if (s.Url is not null)
            {
                Assert.True(Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal), s.Url);
            }
            Assert.All(s.Footnotes, n => Assert.InRange(n, 1, 24));
        });
        Assert.NotEmpty(Seeds.Manifest.LegalHelp);
    }

    [Fact]
    public void A_source_without_a_link_is_cited_by_its_full_reference()
    {
        var article = Seeds.Manifest.Get("walker-roman-barreto-ucla-2019");
        Assert.Null(article.Url);
        Assert.Contains("Walker", article.CitationTitle);
        Assert.Contains("UCLA L. Rev.", article.CitationTitle);
        var page = Seeds.Manifest.Get("aclu-detainer-damages-cases");
        Assert.Equal(page.Title, page.CitationTitle);
    }

    [Fact]
    public void Rejects_duplicate_ids_and_a_missing_paper_entry()
    {
        Assert.Throws<FormatException>(() => SourceManifest.Parse("""{ "sources": [] }"""));
        Assert.Throws<FormatException>(() => SourceManifest.Parse("""
            { "paper": { "id": "paper", "title": "P", "kind": "policy paper" },
              "sources": [ { "id": "a", "title": "A", "kind": "web page" }, { "id": "a", "title": "B", "kind": "web page" } ] }
            """));
    }
}
