using System.Net;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Web.Pages;

/// <summary>
/// The <c>/ask</c> page's "was this helpful?": a plain form under card answers only, a vote
/// counted per card, channel and day (and a "not helpful" one's question logged), a post from
/// another site refused, and bad input a clear 400 that keeps nothing.
/// </summary>
public sealed partial class AskFeedbackTests
{
    private const string Question = "What is an ICE detainer?";

    [Fact]
    public async Task Card_answers_carry_the_two_buttons_and_declines_and_urgent_replies_do_not()
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        using var client = Client(app);

        var card = await AskAsync(client, Question);
        var decline = await AskAsync(client, "How do I apply for asylum?");
        var urgent = await AskAsync(client, "ICE agents are knocking on my door right now what do I do");

        Assert.Contains("<form class=\"noprint feedback\" method=\"post\" action=\"/ask/feedback\">", card, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"vote\" value=\"helpful\">Helpful</button>", card, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"vote\" value=\"not-helpful\">Not helpful</button>", card, StringComparison.Ordinal);
        Assert.DoesNotContain("/ask/feedback", decline, StringComparison.Ordinal);
        Assert.DoesNotContain("/ask/feedback", urgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_helpful_lands_on_the_thank_you_page_and_counts_the_card_and_logs_the_question()
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        using var client = Client(app);
        var ticket = Ticket(await AskAsync(client, Question));

        using var voted = await VoteAsync(client, ("vote", "not-helpful"), ("ticket", ticket));

        Assert.Equal(HttpStatusCode.SeeOther, voted.StatusCode);
        Assert.Equal("/ask/feedback?vote=not-helpful", voted.Headers.Location?.ToString());
        using var thanks = await client.GetAsync(voted.Headers.Location);
        var html = WebUtility.HtmlDecode(await SimplePage.AssertSimpleAsync(thanks));
        Assert.Contains("Thank you for telling us.", html, StringComparison.Ordinal);
        Assert.Contains("with personal details removed", html, StringComparison.Ordinal);

        var count = Assert.Single(await InsightsFiles.FeedbackCountsAsync(app, 1));
        Assert.Equal(("detainers", "page", "en", FeedbackVotes.NotHelpful, 1L), (count.CardId, count.Channel, count.Language, count.Vote, count.Count));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), count.Day);
        var logged = Assert.Single(await InsightsFiles.UnansweredAsync(app, 1));
        Assert.Equal((FeedbackVotes.NotHelpful, "detainers", Question), (logged.Outcome, logged.CardId, logged.Text));
    }

    [Fact]
    public async Task A_vote_posted_from_another_site_is_refused_and_kept_nowhere()
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        using var client = Client(app);
        var ticket = Ticket(await AskAsync(client, Question));

        using var crossSite = await VoteAsync(client, [("vote", "not-helpful"), ("ticket", ticket)], ("Sec-Fetch-Site", "cross-site"));
        using var sameSite = await VoteAsync(client, [("vote", "not-helpful"), ("ticket", ticket)], ("Sec-Fetch-Site", "same-site"));
        using var otherOrigin = await VoteAsync(client, [("vote", "not-helpful"), ("ticket", ticket)], ("Origin", "https://evil.example"));
        using var helpful = await VoteAsync(client, ("vote", "helpful"), ("ticket", ticket));

        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Contains("came from another website", await crossSite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, sameSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, helpful.StatusCode);
        // Only the one vote from this site was kept.
        var counts = await InsightsFiles.FeedbackCountsAsync(app, 1);
        await Task.Delay(300);
        Assert.Equal(FeedbackVotes.Helpful, Assert.Single(app.Services.GetRequiredService<InsightsStore>().FeedbackCounts(DateOnly.MinValue)).Vote);
        Assert.Single(counts);
        Assert.Empty(app.Services.GetRequiredService<InsightsStore>().Unanswered(DateOnly.MinValue, 10));
    }

    [Theory]
    [InlineData("vote=&ticket=T", "Choose \"Helpful\" or \"Not helpful\".")]
    [InlineData("vote=maybe&ticket=T", "Choose \"Helpful\" or \"Not helpful\".")]
    [InlineData("vote=not-helpful", "This answer can no longer be rated")]
    [InlineData("vote=not-helpful&ticket=CfDJ8forged", "This answer can no longer be rated")]
    [InlineData("vote=helpful&ticket=T&ticket=T", "This answer can no longer be rated")]
    public async Task Bad_input_gets_a_clear_400_and_changes_nothing(string form, string message)
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        using var client = Client(app);
        var ticket = Ticket(await AskAsync(client, Question));
        var body = form.Replace("ticket=T", "ticket=" + Uri.EscapeDataString(ticket), StringComparison.Ordinal);

        using var response = await client.PostAsync("/ask/feedback", new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await SimplePage.AssertSimpleAsync(response)), StringComparison.Ordinal);
        await AssertNothingKeptAsync(app, client, ticket);
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_and_an_unknown_vote_on_the_thank_you_page_are_400()
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        using var client = Client(app);
        var ticket = Ticket(await AskAsync(client, Question));

        using var json = await client.PostAsync("/ask/feedback", new StringContent("{\"vote\":\"helpful\"}", System.Text.Encoding.UTF8, "application/json"));
        using var thanks = await client.GetAsync("/ask/feedback?vote=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, thanks.StatusCode);
        Assert.DoesNotContain("<script>", await thanks.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingKeptAsync(app, client, ticket);
    }

    [Fact]
    public async Task In_spanish_the_buttons_and_the_thanks_are_in_spanish()
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        using var client = Client(app);
        var html = await AskAsync(client, Question, "&lang=es");

        Assert.Contains("¿Le sirvió esta respuesta?", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"es\">", html, StringComparison.Ordinal);
        using var voted = await VoteAsync(client, ("vote", "helpful"), ("ticket", Ticket(html)), ("lang", "es"));
        Assert.Equal("/ask/feedback?vote=helpful&lang=es", voted.Headers.Location?.ToString());
        Assert.Contains("Gracias por decirnos.", WebUtility.HtmlDecode(await client.GetStringAsync(voted.Headers.Location)), StringComparison.Ordinal);
    }

    /// <summary>A good vote after the bad ones is the only thing kept: the bad ones changed nothing.</summary>
    private static async Task AssertNothingKeptAsync(TestAppFactory app, HttpClient client, string ticket)
    {
        using var good = await VoteAsync(client, ("vote", "helpful"), ("ticket", ticket));
        Assert.Equal(HttpStatusCode.SeeOther, good.StatusCode);
        var counts = await InsightsFiles.FeedbackCountsAsync(app, 1);
        await Task.Delay(300);
        Assert.Equal(1, app.Services.GetRequiredService<InsightsStore>().FeedbackCounts(DateOnly.MinValue).Sum(c => c.Count));
        Assert.Single(counts);
        Assert.Empty(app.Services.GetRequiredService<InsightsStore>().Unanswered(DateOnly.MinValue, 10));
    }

    private static HttpClient Client(TestAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> AskAsync(HttpClient client, string question, string more = "")
    {
        using var response = await client.GetAsync("/ask?q=" + Uri.EscapeDataString(question) + more);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    internal static string Ticket(string html) => WebUtility.HtmlDecode(TicketField().Match(html).Groups[1].Value) is { Length: > 0 } ticket
        ? ticket
        : throw new Xunit.Sdk.XunitException("The page has no feedback form.");

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, params (string Name, string Value)[] fields) => VoteAsync(client, fields, ("Sec-Fetch-Site", "same-origin"));

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, (string Name, string Value)[] fields, (string Name, string Value) header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/ask/feedback")
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        request.Headers.Add(header.Name, header.Value);
        return client.SendAsync(request);
    }

    [GeneratedRegex("name=\"ticket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketField();
}
