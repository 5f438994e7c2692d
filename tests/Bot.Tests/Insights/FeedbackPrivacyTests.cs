using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Tests.Web.Pages;
using KnowYourRights.Knowledge.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowYourRights.Bot.Tests.Insights;

/// <summary>
/// A "not helpful" vote on an answer to a question that held a name and a phone number: the
/// vote is kept, the question is kept scrubbed, and neither the name, the number, nor an address
/// of the voter is in the insights database's bytes, the metrics or the page's sealed ticket.
/// </summary>
public sealed class FeedbackPrivacyTests
{
    private const string Key = "test-admin-key-0123456789";

    private static readonly string[] Secrets = ["Rosalind", "Quintero", "555-0147", "5550147", "8675309"];

    /// <summary>The voter's address: in no row (the metrics may name the server's own address, Kestrel's, which is no one's).</summary>
    private static readonly string[] Addresses = ["127.0.0.1", "::1"];

    [Fact]
    public async Task A_not_helpful_vote_keeps_the_card_and_the_scrubbed_question_and_nothing_that_identifies_anyone()
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        app.Settings["Admin:ApiKey"] = Key;
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/ask?q=" + Uri.EscapeDataString("My name is Rosalind Quintero, call me at (832) 555-0147. What is an ICE detainer?"));
        var ticket = AskFeedbackTests.Ticket(page);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/ask/feedback")
        {
            Content = new FormUrlEncodedContent([new("vote", "not-helpful"), new("ticket", ticket)]),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var voted = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.SeeOther, voted.StatusCode);

        var row = Assert.Single(await InsightsFiles.UnansweredAsync(app, 1));
        await InsightsFiles.FeedbackCountsAsync(app, 1);
        using var metricsRequest = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        metricsRequest.Headers.Add("X-Admin-Key", Key);
        using var metricsResponse = await client.SendAsync(metricsRequest);
        var metrics = await metricsResponse.Content.ReadAsStringAsync();
        var database = InsightsFiles.Dump(app);

        Assert.Equal(("not-helpful", "detainers", "page"), (row.Outcome, row.CardId, row.Channel));
        Assert.Contains(PersonalDetails.Placeholder, row.Text, StringComparison.Ordinal);
        Assert.Contains("detainer", row.Text, StringComparison.Ordinal);
        Assert.Contains("kyr_feedback_total", metrics, StringComparison.Ordinal);
        foreach (var secret in Secrets)
        {
            Assert.False(database.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The insights database holds '{secret}'.");
            Assert.False(metrics.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The metrics hold '{secret}'.");
            Assert.False(ticket.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The ticket shows '{secret}'.");
        }
        foreach (var address in Addresses)
        {
            Assert.False(database.Contains(address, StringComparison.Ordinal), $"The insights database holds '{address}'.");
        }
    }
}
