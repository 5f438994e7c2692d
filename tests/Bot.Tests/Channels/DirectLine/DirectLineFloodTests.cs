using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowYourRights.Bot.Channels.DirectLine;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>
/// The attacks of issue 13, scaled down by configuration to run in seconds: many conversations
/// of maximal activities, and a flood of new conversations. Memory stays within the byte budgets
/// and nobody still chatting is cut off.
/// </summary>
public sealed class DirectLineFloodTests
{
    private const int ActivityBytes = 2048;
    private const int ConversationBytes = 8 * 1024;
    private const int TotalBytes = 64 * 1024;

    private static TestAppFactory BudgetedApp() => new()
    {
        Settings =
        {
            ["DirectLine:MaxActivityBytes"] = ActivityBytes.ToString(CultureInfo.InvariantCulture),
            ["DirectLine:MaxConversationBytes"] = ConversationBytes.ToString(CultureInfo.InvariantCulture),
            ["DirectLine:MaxTotalBytes"] = TotalBytes.ToString(CultureInfo.InvariantCulture),
            ["DirectLine:MaxResponseBytes"] = "4096",
            ["DirectLine:MaxConversations"] = "40",
        },
    };

    /// <summary>An <c>event</c> activity whose channelData fills it to about <paramref name="bytes"/>.</summary>
    private static string EventOf(int bytes, int n) =>
        JsonSerializer.Serialize(new { type = "event", name = "flood", channelData = new { n, pad = new string('x', bytes) } });

    [Fact]
    public async Task Many_conversations_of_maximal_activities_stay_within_the_byte_budgets()
    {
        using var app = BudgetedApp();
        var client = new DirectLineClient(app.CreateClient());
        var store = app.Services.GetRequiredService<DirectLineConversationStore>();
        var conversations = new List<DirectLineClient.Conversation>();

        for (var c = 0; c < 40; c++)
        {
            var conversation = await client.StartAsync();
            conversations.Add(conversation);
            for (var i = 0; i < 12; i++)
            {
                using var posted = await client.PostActivityAsync(conversation, EventOf(ActivityBytes - 300, i));
                Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
                Assert.InRange(store.TotalBytes, 0, TotalBytes);
            }
        }

        // 40 × 12 activities of ~2 KB (~1 MB posted) are held in at most the 64 KB budget.
        Assert.InRange(store.TotalBytes, TotalBytes / 2, TotalBytes);
        long fetched = 0;
        foreach (var conversation in conversations)
        {
            using var response = await client.GetActivitiesAsync(conversation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            // One poll returns at most MaxResponseBytes of activities (plus the envelope).
            Assert.InRange(body.Length, 2, 4096 + 256);
            fetched += body.Length;
        }
        Assert.InRange(fetched, 1, TotalBytes + 40 * 256);
        // The newest activity of the last conversation is still there to fetch.
        var (last, _) = await client.ActivitiesAsync(conversations[^1], "12");
        Assert.Equal(11, Assert.Single(last).GetProperty("channelData").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task One_feed_never_holds_more_than_its_budget_and_keeps_its_newest()
    {
        using var app = BudgetedApp();
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();

        for (var i = 0; i < 30; i++)
        {
            using var _ = await client.PostActivityAsync(conversation, EventOf(ActivityBytes - 300, i));
        }

        var store = app.Services.GetRequiredService<DirectLineConversationStore>();
        Assert.InRange(store.Find(conversation.Id)!.FeedBytes, ConversationBytes - ActivityBytes, ConversationBytes);
        var all = await AllActivitiesAsync(client, conversation);
        Assert.Equal(29, all[^1].GetProperty("channelData").GetProperty("n").GetInt32());
        Assert.InRange(all.Count, 3, 5);
    }

    [Fact]
    public async Task A_large_feed_is_fetched_in_pages_within_the_response_budget()
    {
        using var app = BudgetedApp();
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            using var _ = await client.PostActivityAsync(conversation, EventOf(1500, i));
        }

        var (firstPage, watermark) = await client.ActivitiesAsync(conversation);
        var all = await AllActivitiesAsync(client, conversation);

        // 4096 bytes hold the welcome and one or two ~1.8 KB events, not all three; the watermark
        // is the last one returned, so the next polls bring the rest.
        Assert.InRange(firstPage.Length, 2, 3);
        Assert.Equal(firstPage.Length.ToString(CultureInfo.InvariantCulture), watermark);
        Assert.Equal(4, all.Count);
        Assert.Equal([0, 1, 2], all.Skip(1).Select(a => a.GetProperty("channelData").GetProperty("n").GetInt32()));
    }

    [Fact]
    public async Task An_activity_over_the_byte_cap_is_413_and_not_kept()
    {
        using var app = new TestAppFactory();
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();

        using var channelData = await client.PostActivityAsync(conversation, EventOf(10 * 1024, 1));
        using var entities = await client.PostActivityAsync(conversation, JsonSerializer.Serialize(new
        {
            type = "message",
            text = "hi",
            entities = Enumerable.Range(0, 200).Select(i => new { type = "mention", text = $"entity number {i} with some words" }),
        }));
        using var fits = await client.PostActivityAsync(conversation, EventOf(6 * 1024, 2));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, channelData.StatusCode);
        Assert.Contains("MessageTooLarge", await channelData.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, entities.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        var (activities, _) = await client.ActivitiesAsync(conversation, "1");
        Assert.Equal(2, Assert.Single(activities).GetProperty("channelData").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task A_flood_of_new_conversations_is_refused_with_503_and_ends_no_one_active_a_minute_ago()
    {
        using var app = new TestAppFactory { Settings = { ["DirectLine:MaxConversations"] = "20", ["DirectLine:EvictIdleAfter"] = "00:05:00" } };
        var client = new DirectLineClient(app.CreateClient());
        var person = await client.StartAsync();
        using (await client.PostMessageAsync(person, "what is a detainer?"))
        {
        }
        app.Time.Advance(TimeSpan.FromMinutes(1));

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? lastRefusal = null;
        for (var i = 0; i < 100; i++)
        {
            var token = await client.GenerateAsync();
            var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, "{}");
            statuses.Add(started.StatusCode);
            lastRefusal?.Dispose();
            lastRefusal = started;
        }

        Assert.Equal(19, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(81, statuses.Count(s => s == HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lastRefusal!.StatusCode);
        // The person's conversation was active a minute ago: room comes in four minutes.
        Assert.Equal("240", lastRefusal.Headers.GetValues("Retry-After").Single());
        Assert.Contains("ServiceBusy", await lastRefusal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        lastRefusal.Dispose();

        using var reply = await client.PostMessageAsync(person, "are you still there?");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.DoesNotContain(person.Id, TestBot.Ended);

        // Once the flood's conversations are idle long enough, a newcomer takes the place of the idlest of them, not the person's.
        app.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(30));
        using (await client.PostMessageAsync(person, "one more question"))
        {
        }
        var newcomer = await client.StartAsync();
        using var personPoll = await client.GetActivitiesAsync(person);
        using var newcomerPoll = await client.GetActivitiesAsync(newcomer);
        Assert.Equal(HttpStatusCode.OK, personPoll.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newcomerPoll.StatusCode);
    }

    /// <summary>Every activity of the feed, polling page by page from the start as a new client does.</summary>
    private static async Task<List<JsonElement>> AllActivitiesAsync(DirectLineClient client, DirectLineClient.Conversation conversation)
    {
        var all = new List<JsonElement>();
        string? watermark = null;
        for (var polls = 0; polls < 50; polls++)
        {
            using var response = await client.GetActivitiesAsync(conversation, watermark);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var page = body.GetProperty("activities").EnumerateArray().ToList();
            if (page.Count == 0)
            {
                return all;
            }
            all.AddRange(page);
            watermark = body.GetProperty("watermark").GetString();
        }
        throw new InvalidOperationException("The feed never ran out.");
    }
}
