using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Web.Pages;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.Knowledge.Sources;

namespace KnowYourRights.Bot.Tests.Web.Pages;

public sealed class SourcesPageTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    private static readonly SourceManifest Manifest = SourceManifest.Load(Path.Combine(TestKnowledge.SeedsPath, KnowledgeSeeds.ManifestFile));

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Every_source_is_listed_with_its_address_and_the_footnotes_that_cite_it()
    {
        var html = WebUtility.HtmlDecode(await SimplePage.AssertSimpleAsync(await _client.GetAsync("/sources")));

        Assert.All(Manifest.Sources, s =>
        {
            Assert.Contains($"<li id=\"{s.Id}\">", html, StringComparison.Ordinal);
            Assert.Contains(s.CitationTitle, html, StringComparison.Ordinal);
            if (s.Url is not null)
            {
                Assert.Contains($"<a href=\"{s.Url}\">", html, StringComparison.Ordinal);
            }
            Assert.All(s.Footnotes, n => Assert.Contains($"<a href=\"/paper#fn-{n}\">{n}</a>", html, StringComparison.Ordinal));
        });
        Assert.Contains("archived copy", html, StringComparison.Ordinal);
        // The test index was built from the seeds alone: no refresh has fetched anything yet.
        Assert.Contains("None has run yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_refresh_each_source_says_when_it_was_fetched_and_whether_its_text_is_in_the_index()
    {
        var data = Path.Combine(Path.GetTempPath(), "kyr-sources-page-" + Guid.NewGuid().ToString("n"));
        try
        {
            var fetched = Manifest.Sources.First(s => s.Url is not null);
            var failed = Manifest.Sources.Last(s => s.Url is not null);
            var cache = new SourceCache(data);
            cache.WriteMeta(fetched.Id, new CachedSource
            {
                Url = fetched.Url!, ContentType = "text/html", FetchedAt = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
                CheckedAt = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), RawFile = "raw.html", Bytes = 10, Characters = 10,
            });
            var report = new RefreshReport
            {
                Live = true, StartedAt = DateTimeOffset.UnixEpoch,
                Sources =
                [
                    new SourceFetchResult { SourceId = fetched.Id, Title = fetched.Title, Url = fetched.Url!, Status = SourceStatus.Fetched, Passages = 4 },
                    new SourceFetchResult { SourceId = failed.Id, Title = failed.Title, Url = failed.Url!, Status = SourceStatus.Failed, Passages = 0 },
                ],
            };

            var html = SourcesPage.Render(Manifest, report, cache, PageTexts.English);

            Assert.Matches($"<li id=\"{fetched.Id}\">.*?Last fetched: November 30, 2026. Text in the search: Yes.</li>", html);
            Assert.Matches($"<li id=\"{failed.Id}\">.*?Last fetched: Never. Text in the search: No.</li>", html);
            Assert.DoesNotContain("None has run yet.", html, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
