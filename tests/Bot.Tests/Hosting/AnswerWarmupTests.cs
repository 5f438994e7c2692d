using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using Microsoft.Extensions.Configuration;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowYourRights.Bot.Tests.Hosting;

public class AnswerWarmupTests
{
    [Fact]
    public async Task The_app_answers_one_question_while_it_starts_so_the_first_person_does_not_pay_for_it()
    {
        await using var app = new TestAppFactory { Settings = { ["Knowledge:WarmUpAnswer"] = "true" } };
        using var client = app.CreateClient();

        var warmup = app.Services.GetServices<IHostedService>().OfType<SentenceModelWarmup>().Single();
        await warmup.Warmed;

        Assert.Equal(1, app.Services.GetRequiredService<AnswerService>().CachedAnswers);
    }

    [Fact]
    public async Task With_the_warm_up_answer_off_nothing_is_answered_at_start()
    {
        await using var app = new TestAppFactory { Settings = { ["Knowledge:WarmUpAnswer"] = "false" } };
        using var client = app.CreateClient();

        await app.Services.GetServices<IHostedService>().OfType<SentenceModelWarmup>().Single().Warmed;

        Assert.Equal(0, app.Services.GetRequiredService<AnswerService>().CachedAnswers);
    }

    [Fact]
    public async Task The_web_app_starts_loading_the_sentence_model_while_it_is_configured_unless_semantic_search_is_off()
    {
        var loading = SentenceModelWarmup.StartLoading(new ConfigurationBuilder().Build());

        Assert.NotNull(loading);
        await loading;
        Assert.True(ArcticXsEmbedder.Shared.IsLoaded);
        Assert.Null(SentenceModelWarmup.StartLoading(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:SemanticSearch"] = "false" }).Build()));
    }
}
