using System.Net;
using System.Text;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Agreements;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Web.Pages;

/// <summary><c>/topics/287g-local</c> and its state pages, and place questions on <c>/ask</c>: ICE's list, dated, with no script, under the pages' budget.</summary>
public sealed class LocalAgreementsPageTests(TestAppFactory app, ITestOutputHelper output) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_list_by_state_is_dated_links_ICE_and_every_state_page()
    {
        var html = WebUtility.HtmlDecode(await SimplePage.AssertSimpleAsync(await _client.GetAsync("/topics/287g-local")));

        Assert.Contains("From ICE's list as of July 18, 2025.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.ice.gov/287g\">ICE's current list</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/topics/287g-local/fl\">Florida</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/topics/287g-local/tx\">Texas</a>: 93 agencies", html, StringComparison.Ordinal);
        Assert.Contains("This list may be out of date", html, StringComparison.Ordinal);
        Assert.Contains("may still work with ICE in other ways", html, StringComparison.Ordinal);
        Assert.Matches("shows no agency in these states:[^<]*California", html);
    }

    [Fact]
    public async Task Every_state_page_lists_its_agencies_by_county_under_30_KB()
    {
        var list = TestKnowledge.Shared.Index.Current.Agreements;
        var sizes = new List<(string State, int Bytes)>();
        foreach (var state in list.Participating.Concat(list.Pending).Select(a => a.State).Distinct())
        {
            foreach (var lang in new[] { string.Empty, "?lang=es" })
            {
                var response = await _client.GetAsync($"/topics/287g-local/{state.ToLowerInvariant()}{lang}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = await SimplePage.AssertSimpleAsync(response);
                sizes.Add((state + lang, Encoding.UTF8.GetByteCount(html)));
            }
        }
        var largest = sizes.MaxBy(s => s.Bytes);
        output.WriteLine($"{sizes.Count} state pages; largest {largest.State} {largest.Bytes} bytes; median {sizes.Select(s => s.Bytes).Order().ElementAt(sizes.Count / 2)} bytes");

        var florida = WebUtility.HtmlDecode(await (await _client.GetAsync("/topics/287g-local/fl")).Content.ReadAsStringAsync());
        Assert.Contains("<h2>Brevard County</h2>", florida, StringComparison.Ordinal);
        Assert.Contains("Tampa Police Department: TFM 2025-02-28", florida, StringComparison.Ordinal);
        Assert.Contains("Pending (asked for, not signed yet)", florida, StringComparison.Ordinal);
        var spanish = WebUtility.HtmlDecode(await (await _client.GetAsync("/topics/287g-local/nc?lang=es")).Content.ReadAsStringAsync());
        Assert.Contains("Acuerdos 287(g) en Carolina del Norte", spanish, StringComparison.Ordinal);
        Assert.Contains("Gaston County Sheriff's Office: JEM 2020-06-09", spanish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("north-carolina")]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_state_is_a_404_page(string state)
    {
        var response = await _client.GetAsync("/topics/287g-local/" + state);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such state", await SimplePage.AssertSimpleAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_topics_page_links_the_list()
    {
        var html = await (await _client.GetAsync("/topics")).Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"/topics/287g-local\">287(g) agreements by place</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_question_on_the_ask_page_is_answered_from_the_list_and_my_county_follows()
    {
        var html = WebUtility.HtmlDecode(await SimplePage.AssertSimpleAsync(await _client.GetAsync("/ask?q=" + Uri.EscapeDataString("Does the Gaston County sheriff work with ICE?"))));

        Assert.Contains("ICE's 287(g) list as of July 18, 2025 shows Gaston County, NC", html, StringComparison.Ordinal);
        Assert.Contains("Gaston County Sheriff's Office: Jail Enforcement Model, signed June 9, 2020.", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"after\" value=\"287g-local:NC:County:gaston\">", html, StringComparison.Ordinal);

        var follow = WebUtility.HtmlDecode(await (await _client.GetAsync("/ask?q=" + Uri.EscapeDataString("and my county?") + "&after=287g-local:NC:County:gaston")).Content.ReadAsStringAsync());
        Assert.Contains("Gaston County Sheriff's Office", follow, StringComparison.Ordinal);

        // A forged context is a place name at most, never echoed markup.
        var forged = await (await _client.GetAsync("/ask?q=" + Uri.EscapeDataString("and my county?") + "&after=" + Uri.EscapeDataString("287g-local:NC:County:<b>x</b>"))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<b>x</b>", forged, StringComparison.Ordinal);
    }
}
