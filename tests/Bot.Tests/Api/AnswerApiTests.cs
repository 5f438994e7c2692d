using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// The answer is written by the serializer generated at build time (ApiJson), once per answer (SentAnswers); its bytes must be
    /// the reflection serializer's with the same options, for every shape of answer: a card, a
    /// decline, an urgent situation with its hotline, a place's 287(g) agreements from ICE's list.
    /// </summary>
    [Fact]
    public async Task The_generated_serializer_writes_the_same_json_as_reflection()
    {
        var answers = app.Services.GetRequiredService<AnswerService>();
        var filter = app.Services.GetRequiredService<KnownWordsFilter>();
        // The app's own JSON options, with reflection in place of the generated code.
        var reflection = new JsonSerializerOptions(app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var kinds = new HashSet<string>();
        foreach (var question in new[] { "What is a 287(g) agreement?", "what's a good recipe for tamales", "ICE is at my door right now", "Does Harris County have a 287(g) agreement?", "¿Qué es una orden de detención de ICE?" })
        {
            var sent = await _client.GetStringAsync("/api/answer?q=" + Uri.EscapeDataString(question));
            // Asked again, the answer comes from the cache and its JSON from SentAnswers: the same bytes.
            var again = await _client.GetStringAsync("/api/answer?q=" + Uri.EscapeDataString(question));

            var answer = answers.Ask(question);
            kinds.Add(answer.Kind);
            Assert.Equal(JsonSerializer.Serialize(answer with { Question = filter.Filter(answer.Question) }, reflection), sent);
            Assert.Equal(sent, again);
        }
        Assert.Superset(new HashSet<string> { AnswerKinds.Card, AnswerKinds.Decline, AnswerKinds.Urgent, AnswerKinds.Local287g }, kinds);
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
