using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Api;

/// <summary>
/// <c>POST /api/answer</c> with a JSON body: the GET's answer for a question of any script up to
/// the character limit, follow-ups after earlier messages, the asked language; a clear 4xx for
/// every body it cannot take, and the same per-client limit as the GET.
/// </summary>
public sealed class AnswerApiPostTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_json_question_gets_the_same_answer_as_the_get()
    {
        var question = "What is a 287(g) agreement?";
        var posted = await _client.PostAsJsonAsync("/api/answer", new { q = question });
        var got = await _client.GetFromJsonAsync<JsonElement>("/api/answer?q=" + Uri.EscapeDataString(question));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var answer = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("287g", answer.GetProperty("cardId").GetString());
        Assert.Equal(got.GetProperty("answer").GetString(), answer.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_long_question_in_a_non_latin_script_is_counted_in_characters_not_bytes()
    {
        // 1,900 characters of emoji, zero-width spaces and Arabic: far over 2,000 bytes in UTF-8 and percent-encoded, within the limit in characters.
        var question = "What is an ICE detainer? " + string.Concat(Enumerable.Repeat("\u200B🙏مرحبا", 200)) + new string('…', 275);
        Assert.InRange(question.Length, 1_500, 2_000);
        Assert.True(Encoding.UTF8.GetByteCount(question) > 4_000);

        var response = await _client.PostAsJsonAsync("/api/answer", new { q = question });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task A_follow_up_is_read_with_the_history_and_lang_picks_the_cards_language()
    {
        var alone = await _client.PostAsJsonAsync("/api/answer", new { q = "how many are there now?" });
        var followUp = await _client.PostAsJsonAsync("/api/answer", new { q = "how many are there now?", history = new[] { "What is a 287(g) agreement?" } });
        var spanish = await _client.PostAsJsonAsync("/api/answer", new { q = "What is a 287(g) agreement?", lang = "es" });

        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        // The earlier message gives the follow-up its topic: the same words alone are answered otherwise.
        Assert.NotEqual(
            (await alone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString(),
            (await followUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answer").GetString());
        var inSpanish = await spanish.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("es", inSpanish.GetProperty("language").GetString());
        Assert.Equal("287g", inSpanish.GetProperty("cardId").GetString());
    }

    [Theory]
    [InlineData("{\"q\": ", "not valid JSON")]
    [InlineData("[\"What is a detainer?\"]", "not valid JSON")]
    [InlineData("{\"q\": 42}", "not valid JSON")]
    [InlineData("{\"question\": \"What is a detainer?\"}", "\"q\" is missing")]
    [InlineData("{\"q\": \"   \"}", "empty")]
    [InlineData("{\"q\": null}", "\"q\" is missing")]
    [InlineData("", "body is empty")]
    [InlineData("null", "JSON object")]
    [InlineData("{\"q\": \"What is a detainer?\", \"lang\": \"fr\"}", "\"lang\"")]
    [InlineData("{\"q\": \"What is a detainer?\", \"history\": [null]}", "\"history\"")]
    [InlineData("{\"q\": \"What is a detainer?\", \"history\": [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}", "more than 10")]
    public async Task A_body_it_cannot_take_is_400_saying_why(string body, string why)
    {
        using var response = await _client.PostAsync("/api/answer", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(why, await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_over_the_limit_in_characters_is_400()
    {
        using var response = await _client.PostAsJsonAsync("/api/answer", new { q = new string('é', 8_001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 8000 characters", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_not_sent_as_json_is_415_saying_so(string contentType)
    {
        using var response = await _client.PostAsync("/api/answer", new StringContent("{\"q\": \"What is a detainer?\"}", Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_larger_than_any_valid_request_is_413()
    {
        // 8,000 characters × 11 messages × 4 bytes is the most a valid body needs; this is 1 MB.
        var body = "{\"q\": \"" + new string('a', 1_000_000) + "\"}";

        using var response = await _client.PostAsync("/api/answer", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_post_shares_the_gets_per_client_limit()
    {
        await using var limited = new TestAppFactory { RemoteAddress = IPAddress.Parse("198.51.100.20") };
        limited.Settings["RateLimiting:Enabled"] = "true";
        limited.Settings["RateLimiting:AnswerApi:PerClient"] = "3";
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>
        {
            (await client.GetAsync("/api/answer?q=hello")).StatusCode,
            (await client.PostAsJsonAsync("/api/answer", new { q = "hello" })).StatusCode,
            (await client.PostAsync("/api/answer", new StringContent("{", Encoding.UTF8, "application/json"))).StatusCode,
        };
        using var refused = await client.PostAsJsonAsync("/api/answer", new { q = "hello" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? string.Empty;
}
