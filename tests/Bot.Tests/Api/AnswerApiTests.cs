using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Api;

public sealed class AnswerApiTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Answer_returns_the_ask_json_object()
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>("/api/answer?q=" + Uri.EscapeDataString("What is a 287(g) agreement?"));

        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.Equal("287g", answer.GetProperty("cardId").GetString());
        Assert.True(answer.GetProperty("citations").GetArrayLength() > 0);
        Assert.StartsWith("A 287(g) deal with ICE", answer.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/answer")]
    [InlineData("/api/answer?q=")]
    public async Task A_missing_question_is_400(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_over_long_question_is_400_with_a_reason()
    {
        var response = await _client.GetAsync("/api/answer?q=" + new string('a', 8100));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_the_live_index()
    {
        var health = await _client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(health.GetProperty("indexVersion").GetString()));
    }
}
