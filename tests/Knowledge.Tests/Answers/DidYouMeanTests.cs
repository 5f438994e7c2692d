using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.TestSupport.Knowledge;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>When two cards match about equally well, the bot asks instead of guessing.</summary>
public sealed class DidYouMeanTests : IDisposable
{
    /// <summary>The seeds with a twin of the detainers card, built once per run for both tests.</summary>
    private static readonly BuiltVersions WithTwinBuilt = new(store =>
    {
        var seeds = SeedFiles.Seeds;
        var twin = Card("detainers") with { Id = "detainers-twin", Topic = "Detainers again" };
        return IndexBuilder.Build(seeds with { Cards = new AnswerCardCatalog(seeds.Cards.Cards.Append(twin)) }, store, ArcticXsEmbedder.Shared);
    });

    private readonly KnowledgeFixture _knowledge = new(WithTwinBuilt);

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public void Two_equally_good_cards_give_did_you_mean_with_both()
    {
        var answer = _knowledge.Answers.Ask("What is an ICE detainer?");

        Assert.Equal(AnswerKinds.DidYouMean, answer.Kind);
        Assert.False(answer.Answered);
        Assert.Equal(["detainers", "detainers-twin"], answer.DidYouMean.Select(c => c.Id).Order());
    }

    [Fact]
    public void A_clear_winner_is_answered_directly()
    {
        var answer = _knowledge.Answers.Ask("What is the Criminal Alien Program?");

        Assert.Equal(AnswerKinds.Card, answer.Kind);
        Assert.Empty(answer.DidYouMean);
    }

    private static AnswerCard Card(string id) => SeedFiles.Seeds.Cards.TryGet(id, out var card) ? card : throw new KeyNotFoundException(id);
}
