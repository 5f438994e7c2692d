using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Hosting;
using System.Net;
using System.Text.Json;
using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Tests.Channels.DirectLine;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.State;

/// <summary>
/// Two instances of the built app behind one Redis behave as one: a conversation goes on whichever
/// instance each message reaches, limits count across both, a refresh reaches both, and Redis
/// going away degrades to an apology (never a 5xx) and comes back by itself.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string Question = "What is an ICE detainer?";

    private const string FollowUp = "How long can a jail hold someone on a detainer?";

    [Fact]
    public async Task Sms_conversation_continues_on_the_other_instance_as_on_one()
    {
        string[] texts = [Question, "MORE", "MORE", "1", "SOURCES", "MORE"];
        var alternating = new List<IReadOnlyList<string>>();
        var single = new List<IReadOnlyList<string>>();
        for (var i = 0; i < texts.Length; i++)
        {
            alternating.Add(await (i % 2 == 0 ? instances.One : instances.Other).TextAsync("+15550002001", texts[i]));
            single.Add(await instances.One.TextAsync("+15550002002", texts[i]));
        }

        Assert.Equal(single, alternating);
        // The second instance really continued the first one's conversation: pages for MORE, no second notice.
        Assert.NotEqual([SmsReplyTexts.NothingMore(Language.English)], alternating[1]);
        Assert.StartsWith(SmsSourceNames.Label(Language.English), Assert.Single(alternating[4]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Direct_line_conversation_started_on_one_instance_continues_on_the_other()
    {
        var one = new DirectLineClient(instances.One);
        var other = new DirectLineClient(instances.Other);
        var conversation = await one.StartAsync();

        using (var posted = await other.PostMessageAsync(conversation, Question))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }
        var (first, watermark) = await other.ActivitiesAsync(conversation);
        var (nothingNew, sameWatermark) = await one.ActivitiesAsync(conversation, watermark);
        using (var posted = await one.PostMessageAsync(conversation, FollowUp, "client-2"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }
        var (next, _) = await other.ActivitiesAsync(conversation, watermark);

        Assert.Contains(first, a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.GetProperty("type").GetString() == "message");
        Assert.Contains(first, a => a.TryGetProperty("text", out var t) && t.GetString() == Question);
        Assert.Empty(nothingNew);
        Assert.Equal(watermark, sameWatermark);
        Assert.Equal(FollowUp, next[0].GetProperty("text").GetString());
        Assert.True(next.Length >= 2, "the bot's reply to the message posted on the other instance");
        Assert.DoesNotContain(next, a => first.Any(f => f.GetProperty("id").GetString() == a.GetProperty("id").GetString()));
        // The notice is shown once per conversation, whichever instance answers.
        Assert.Single(first.Concat(next), a => a.TryGetProperty("text", out var t) && t.GetString()!.Contains(NoticeStart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limits_count_across_instances()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < TwoInstances.AnswerLimit + 2; i++)
        {
            using var response = await (i % 2 == 0 ? instances.One : instances.Other).GetAsync("/api/answer?q=" + Uri.EscapeDataString(Question));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(TwoInstances.AnswerLimit, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses[^2..]);
    }

    [Fact]
    public async Task A_refresh_on_one_instance_is_answered_from_by_both()
    {
        var before = (await TwoInstances.HealthAsync(instances.One)).IndexVersion;
        Assert.Equal(before, (await TwoInstances.HealthAsync(instances.Other)).IndexVersion);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var manifest = instances.Data.WriteManifest(BotTestData.FixtureManifest(instances.Sources));
        Assert.Equal(0, await CommandLineApp.RunAsync(["index", "refresh", "--data", instances.Data.DataPath, "--sources", manifest], output, error));
        var built = new IndexStore(instances.Data.DataPath).CurrentVersion();
        Assert.NotEqual(before, built);

        foreach (var instance in new[] { instances.One, instances.Other })
        {
            await Eventually.TrueAsync(async () => (await TwoInstances.HealthAsync(instance)).IndexVersion == built);
        }
    }

    [Fact]
    public async Task Killing_redis_mid_conversation_gives_an_apology_and_no_5xx_and_it_recovers_when_redis_is_back()
    {
        const string sender = "+15550002003";
        var directLine = new DirectLineClient(instances.One);
        var conversation = await directLine.StartAsync();
        Assert.NotEmpty(await instances.One.TextAsync(sender, Question));

        await instances.Redis.KillAsync();
        try
        {
            var apology = await instances.Other.TextAsync(sender, "MORE");
            Assert.Equal([BotReplyTexts.MemoryUnavailable(Language.English)], apology);
            using (var post = await new DirectLineClient(instances.Other).PostMessageAsync(conversation, "hello"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
                Assert.NotNull(post.Headers.RetryAfter);
            }
            using (var poll = await directLine.GetActivitiesAsync(conversation))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, poll.StatusCode);
            }
            using (var answer = await instances.One.GetAsync("/api/answer?q=" + Uri.EscapeDataString(Question)))
            {
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            }
            Assert.Equal("degraded", (await TwoInstances.HealthAsync(instances.One)).Status);
        }
        finally
        {
            await instances.Redis.RestartAsync();
        }

        foreach (var instance in new[] { instances.One, instances.Other })
        {
            await Eventually.TrueAsync(async () => (await TwoInstances.HealthAsync(instance)).Redis == "ok");
        }
        // Redis came back empty: the SMS conversation starts over, and a new chat starts on either instance.
        var again = await instances.Other.TextAsync(sender, Question);
        Assert.DoesNotContain(BotReplyTexts.MemoryUnavailable(Language.English), again);
        Assert.NotEmpty(again);
        var restarted = await new DirectLineClient(instances.Other).StartAsync();
        using (var post = await directLine.PostMessageAsync(restarted, Question))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        }
        Assert.DoesNotContain("Password", instances.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" 500 ", instances.Output, StringComparison.Ordinal);
    }

    /// <summary>The first words of the not-legal-advice notice in English.</summary>
    private static string NoticeStart => KnowYourRights.Knowledge.Answers.ReplyTexts.Notice(Language.English)[..30];
}
