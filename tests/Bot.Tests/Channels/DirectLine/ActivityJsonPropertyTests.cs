using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using KnowYourRights.Bot.Channels.DirectLine;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>
/// The Direct Line activity parser against generated input: whatever a client posts, it is read
/// as an activity or refused as bad JSON, never crashes the request, and what is kept is what
/// was measured.
/// </summary>
public sealed class ActivityJsonPropertyTests
{
    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Const("null"), Gen.Const("true"), Gen.Const("false"), Gen.Const("\"\""),
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1e308"),
        Gen.String.Select(Quote),
        Gen.OneOf("\"2026-12-02T10:00:00Z\"", "\"message\"", "\"event\"", "\"typing\"", "\"conversationUpdate\"", "\"\\u0000\"", "1e999", "-0", "\"\\ud800\""));

    /// <summary>The names an activity has, and some it has not.</summary>
    private static readonly Gen<string> Name = Gen.OneOf(
        "type", "text", "channelData", "entities", "attachments", "value", "from", "recipient", "conversation", "id",
        "timestamp", "localTimestamp", "locale", "textFormat", "membersAdded", "suggestedActions", "replyToId", "name",
        "$type", "__proto__", "x");

    private static readonly Gen<string> Json = Value(3);

    /// <summary>Well-formed JSON, mostly objects with an activity's names, and some of it cut short or garbled.</summary>
    private static readonly Gen<string> Body = Gen.OneOf(
        Json,
        Object(3),
        Object(3).SelectMany(j => Gen.Int[0, Math.Max(0, j.Length - 1)].Select(cut => j[..cut])),
        Gen.Select(Object(3), Gen.Char, Gen.Int[0, 40], (j, c, at) => j.Insert(Math.Min(at, j.Length), c.ToString())));

    private static Gen<string> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency((4, Scalar), (2, Object(depth - 1)), (1, Value(depth - 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")));

    private static Gen<string> Object(int depth) =>
        Gen.Select(Name, depth == 0 ? Scalar : Value(depth - 1)).Array[0, 6]
            .Select(fields => "{" + string.Join(",", fields.Select(f => Quote(f.Item1) + ":" + f.Item2)) + "}");

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [Fact]
    public void Any_text_is_read_as_an_activity_or_refused_as_bad_json()
    {
        Body.Sample(body =>
        {
            try
            {
                ActivityJson.Read(body);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                // The endpoint answers 400 for exactly this.
            }
        }, iter: 2000);
    }

    [Fact]
    public void What_is_kept_is_the_size_that_was_measured_and_reads_back_the_same()
    {
        Gen.Select(Gen.String, Gen.String[0, 200], Gen.Int).Sample((text, data, n) =>
        {
            var activity = new Activity(ActivityTypes.Message) { Text = text, ChannelData = new { data, n } };

            var json = ActivityJson.ToUtf8(activity);
            var back = ActivityJson.Read(Encoding.UTF8.GetString(json))!;

            Assert.Equal(json.Length, ActivityJson.SizeOf(activity));
            Assert.Equal(text, back.Text);
            Assert.Equal(ActivityTypes.Message, back.Type);
            Assert.Equal(json, ActivityJson.ToUtf8(back));
        });
    }

    [Fact]
    public async Task Any_posted_body_gets_a_4xx_or_200_and_the_feed_stays_within_budget()
    {
        using var app = new TestAppFactory
        {
            Settings = { ["DirectLine:MaxActivityBytes"] = "2048", ["DirectLine:MaxConversationBytes"] = "8192", ["DirectLine:MaxTotalBytes"] = "16384" },
        };
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();
        var store = app.Services.GetService(typeof(DirectLineConversationStore)) as DirectLineConversationStore;

        await Body.SampleAsync(async body =>
        {
            using var response = await client.PostActivityAsync(conversation, body);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
                $"{(int)response.StatusCode} for {body}");
            Assert.InRange(store!.TotalBytes, 0, 16384);
        }, iter: 300, threads: 1);

        using var poll = await client.GetActivitiesAsync(conversation);
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
    }
}
