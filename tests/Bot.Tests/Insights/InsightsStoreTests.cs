using System.Net;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Bot.Tests.Insights;

/// <summary>The insights database: retention on a clock the test moves, and the switches that keep less.</summary>
public sealed class InsightsStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 23, 30, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kyr-insights-store-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Retention_deletes_rows_older_than_the_retention_days_and_wipes_their_text_from_the_file()
    {
        var time = new FakeTimeProvider(Now);
        var (store, retention) = Store(time, retentionDays: 30);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        store.Write(
        [
            Entry(today.AddDays(-30), "zebra crossing question from long ago"),
            Entry(today.AddDays(-29), "oldest kept question about bonds"),
            Entry(today, "question about asylum today"),
        ]);

        var deleted = retention.DeleteExpired();

        Assert.Equal(2, deleted);
        Assert.Equal(["question about asylum today", "oldest kept question about bonds"], store.Unanswered(DateOnly.MinValue, 10).Select(r => r.Text));
        Assert.Equal([today.AddDays(-29), today], store.Counts(DateOnly.MinValue).Select(c => c.Day).Order());
        Assert.DoesNotContain("zebra", File.ReadAllText(store.Path), StringComparison.Ordinal);

        // A day later the next-oldest goes too.
        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, retention.DeleteExpired());
        Assert.Equal(["question about asylum today"], store.Unanswered(DateOnly.MinValue, 10).Select(r => r.Text));
    }

    [Fact]
    public async Task The_retention_job_runs_at_start_and_again_every_day()
    {
        var time = new FakeTimeProvider(Now);
        var (store, retention) = Store(time, retentionDays: 2);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        store.Write([Entry(today.AddDays(-5), "five days old"), Entry(today, "from today")]);

        await retention.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(() => store.Unanswered(DateOnly.MinValue, 10).Count == 1);
            Assert.Equal("from today", store.Unanswered(DateOnly.MinValue, 10).Single().Text);

            time.Advance(TimeSpan.FromDays(2));
            await WaitUntilAsync(() => store.Unanswered(DateOnly.MinValue, 10).Count == 0);
        }
        finally
        {
            await retention.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task With_StoreText_off_questions_are_counted_and_no_text_is_kept()
    {
        await using var app = new TestAppFactory { UseRealClock = true, Settings = { ["Insights:StoreText"] = "false" } };
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("How do I apply for asylum in Zanzibar?"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is an ICE detainer?"))).StatusCode);

        var counts = await InsightsFiles.CountsAsync(app, 2);
        Assert.Equal(2, counts.Sum(c => c.Count));
        Assert.Contains(counts, c => c.Outcome == "decline");
        Assert.Empty(app.Services.GetRequiredService<InsightsStore>().Unanswered(DateOnly.MinValue, 10));
        var bytes = InsightsFiles.Dump(app);
        Assert.DoesNotContain("Zanzibar", bytes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("asylum", bytes, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_insights_off_nothing_is_written()
    {
        await using var app = new TestAppFactory { UseRealClock = true, Settings = { ["Insights:Enabled"] = "false" } };
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("How do I apply for asylum?"))).StatusCode);
        await Task.Delay(300);

        Assert.False(File.Exists(app.InsightsPath));
    }

    [Fact]
    public async Task Only_declined_unsure_and_did_you_mean_questions_are_logged_with_day_channel_and_language()
    {
        await using var app = new TestAppFactory { UseRealClock = true };
        using var client = app.CreateClient();

        await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is an ICE detainer?"));
        await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("¿Cómo pido asilo político?"));

        var counts = await InsightsFiles.CountsAsync(app, 2);
        var rows = await InsightsFiles.UnansweredAsync(app, 1);
        var row = Assert.Single(rows);
        Assert.Equal(("api", "es", "decline", DateOnly.FromDateTime(DateTime.UtcNow)), (row.Channel, row.Language, row.Outcome, row.Day));
        Assert.Equal("¿Cómo pido asilo político?", row.Text);
        Assert.Contains(counts, c => c is { Outcome: "card", CardId: "detainers", Channel: "api", Language: "en" });
    }

    [Fact]
    public void A_batch_is_written_as_counts_per_day_channel_language_outcome_and_card_and_each_logged_question_kept()
    {
        var (store, _) = Store(TimeProvider.System, retentionDays: 30);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        InsightsEntry Card(string channel, string card) => new(today, channel, "en", "card", card, null, null);
        InsightsEntry Vote(string vote) => new(today, "webchat", "en", "card", "detainers", null, null) { Vote = vote };

        store.Write([Card("sms", "detainers"), Card("sms", "detainers"), Card("sms", "287g"), Card("api", "detainers"), Entry(today, "first"), Entry(today, "second"), Vote("helpful"), Vote("helpful"), Vote("notHelpful")]);
        store.Write([Card("sms", "detainers")]);

        var counts = store.Counts(DateOnly.MinValue).ToDictionary(c => (c.Channel, c.Outcome, c.CardId), c => c.Count);
        Assert.Equal(3, counts[("sms", "card", "detainers")]);
        Assert.Equal(1, counts[("sms", "card", "287g")]);
        Assert.Equal(1, counts[("api", "card", "detainers")]);
        Assert.Equal(2, counts[("sms", "decline", null)]);
        Assert.Equal(["second", "first"], store.Unanswered(DateOnly.MinValue, 10).Select(r => r.Text));
        Assert.Equal([("helpful", 2L), ("notHelpful", 1L)], store.FeedbackCounts(DateOnly.MinValue).Select(f => (f.Vote, f.Count)).Order());
    }

    [Fact]
    public async Task The_first_question_is_written_at_once_and_the_next_ones_together_after_the_write_interval_or_at_stop()
    {
        await using var app = new TestAppFactory { UseRealClock = true, Settings = { ["Insights:WriteInterval"] = "00:01:00" } };
        using var client = app.CreateClient();
        var store = app.Services.GetRequiredService<InsightsStore>();

        await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is an ICE detainer?"));
        Assert.Equal(1, (await InsightsFiles.CountsAsync(app, 1)).Sum(c => c.Count));
        await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is a 287(g) agreement?"));
        await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("What is Secure Communities?"));
        await Task.Delay(500);
        Assert.Equal(1, store.Counts(DateOnly.MinValue).Sum(c => c.Count));

        // Stopping writes what waits.
        await app.Services.GetServices<IHostedService>().OfType<InsightsWriter>().Single().StopAsync(CancellationToken.None);
        Assert.Equal(3, store.Counts(DateOnly.MinValue).Sum(c => c.Count));
    }

    private (InsightsStore Store, InsightsRetention Retention) Store(TimeProvider time, int retentionDays)
    {
        var options = Options.Create(new InsightsOptions { RetentionDays = retentionDays, DatabasePath = Path.Combine(_folder, "insights.db") });
        var store = new InsightsStore(options, Options.Create(new IndexOptions()));
        return (store, new InsightsRetention(store, options, time, NullLogger<InsightsRetention>.Instance));
    }

    private static InsightsEntry Entry(DateOnly day, string text) => new(day, "sms", "en", "decline", null, "decline", text);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        Assert.True(condition());
    }
}
