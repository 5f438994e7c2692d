using System.Net;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Insights;

/// <summary><c>/metrics</c>: the Prometheus scrape, behind the admin key, with ids and scores of closed sets only.</summary>
public sealed partial class MetricsApiTests
{
    private const string Key = "test-admin-key-0123456789";

    [Fact]
    public async Task Without_a_configured_key_there_are_no_metrics()
    {
        await using var app = new TestAppFactory();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong")]
    public async Task A_missing_or_wrong_key_is_refused(string? key)
    {
        await using var app = new TestAppFactory { Settings = { ["Admin:ApiKey"] = Key } };
        using var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Admin-Key", key);
        }

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("kyr_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scrape_counts_questions_by_channel_language_outcome_and_card_and_carries_no_text()
    {
        await using var app = new TestAppFactory { Settings = { ["Admin:ApiKey"] = Key } };
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is an ICE detainer?"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("¿cómo pido asilo político?"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ask?q=" + Uri.EscapeDataString("What is an ICE detainer?"))).StatusCode);
        client.DefaultRequestHeaders.Add("X-Admin-Key", Key);

        var scrape = await client.GetStringAsync("/metrics");

        Assert.Matches(@"kyr_questions_total\{[^}]*card=""detainers"",channel=""api"",language=""en"",outcome=""card""[^}]*\} [1-9]", scrape);
        Assert.Matches(@"kyr_questions_total\{[^}]*card=""none"",channel=""api"",language=""es"",outcome=""decline""[^}]*\} [1-9]", scrape);
        // The simple /ask page counts as its own channel.
        Assert.Matches(@"kyr_questions_total\{[^}]*card=""detainers"",channel=""page"",language=""en"",outcome=""card""[^}]*\} [1-9]", scrape);
        Assert.Contains("kyr_answer_duration_seconds_bucket", scrape, StringComparison.Ordinal);
        Assert.Matches(@"kyr_index_live\{[^}]*version=""[^""]+""[^}]*\} 1", scrape);
        Assert.Contains("kyr_index_documents", scrape, StringComparison.Ordinal);
        // ASP.NET Core's own metrics, by route template (never a path with ids in it).
        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/answer\"", scrape, StringComparison.Ordinal);

        // Every label value of this app's metrics is from a closed set; no word of the questions appears.
        foreach (var word in new[] { "ICE detainer", "asilo", "What is", "pido" })
        {
            Assert.DoesNotContain(word, scrape, StringComparison.OrdinalIgnoreCase);
        }
        foreach (Match label in AppLabel().Matches(scrape))
        {
            Assert.Matches("^[A-Za-z0-9_.-]+$", label.Groups["value"].Value);
        }
    }

    [GeneratedRegex(@"kyr_[a-z_]+\{[^}]*?(?:channel|language|outcome|card|version)=""(?<value>[^""]*)""")]
    private static partial Regex AppLabel();
}
