using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Web.Pages;

// Every card (or question set) through the whole answer path: in the full run, not the fast loop (CONTRIBUTING.md).
[Trait("Category", "Slow")]
public sealed partial class TopicPagesTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    public static TheoryData<string> CardIds => [.. TestKnowledge.Shared.Index.Current.Cards.Cards.Select(c => c.Id)];

    [GeneratedRegex(@"<script type=""application/ld\+json"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [Fact]
    public async Task The_list_links_every_card_by_its_question()
    {
        var html = await SimplePage.AssertSimpleAsync(await _client.GetAsync("/topics"));

        Assert.All(TestKnowledge.Shared.Index.Current.Cards.Cards, c => Assert.Contains($"<a href=\"/topics/{Uri.EscapeDataString(c.Id)}\">", html, StringComparison.Ordinal));
        Assert.Contains("action=\"/ask\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public async Task Every_card_has_its_page_with_the_bots_answer_faq_markup_and_an_ask_box(string id)
    {
        var response = await _client.GetAsync("/topics/" + id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SimplePage.AssertSimpleAsync(response);
        var answer = TestKnowledge.Shared.Answers.ForCard(id, "en")!;
        Assert.Contains($"<h1>{WebUtility.HtmlEncode(answer.Question).Replace("&#39;", "&#x27;", StringComparison.Ordinal)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"noprint\" method=\"get\" action=\"/ask\">", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/?topic={id}\">", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        // Each [n] in the answer is a link to its source.
        Assert.All(answer.Citations.Where(c => c.Url is not null), c => Assert.Contains($"href=\"{WebUtility.HtmlEncode(c.Url)}\"", html, StringComparison.Ordinal));

        using var faq = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value);
        Assert.Equal("FAQPage", faq.RootElement.GetProperty("@type").GetString());
        var question = faq.RootElement.GetProperty("mainEntity")[0];
        Assert.Equal("Question", question.GetProperty("@type").GetString());
        Assert.Equal(answer.Question, question.GetProperty("name").GetString());
        Assert.Equal("Answer", question.GetProperty("acceptedAnswer").GetProperty("@type").GetString());
        Assert.DoesNotMatch(@"\[\d+\]", question.GetProperty("acceptedAnswer").GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task A_topic_page_shows_the_date_follow_ups_as_links_and_the_quote()
    {
        var html = await _client.GetStringAsync("/topics/detainers");

        Assert.Contains("Facts as of November 2020.", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Ask next</h2><ul><li><a href=\"/topics/ice-hold-release\">", html, StringComparison.Ordinal);
        // The lead-in in the page's language; only the quoted words are marked as English.
        Assert.Contains("<blockquote><p>From the paper", html, StringComparison.Ordinal);
        Assert.Contains("</p><p lang=\"en\">\u201C", html, StringComparison.Ordinal);
        Assert.Matches(@"<a href=""/paper#paper-\d{3}"" title=""Ending ICE", html);
    }

    [Fact]
    public async Task In_Spanish_the_page_gives_the_Spanish_answer_and_keeps_Spanish_on_its_links()
    {
        var html = await SimplePage.AssertSimpleAsync(await _client.GetAsync("/topics/detainers?lang=es"));

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>¿Qué es un detainer de ICE?</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Un \"detainer\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"/topics/ice-hold-release?lang=es\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("\"inLanguage\":\"es\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_topic_is_a_404_page_that_points_to_the_list()
    {
        var response = await _client.GetAsync("/topics/no-such-card");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/topics\"", await SimplePage.AssertSimpleAsync(response), StringComparison.Ordinal);
    }
}
