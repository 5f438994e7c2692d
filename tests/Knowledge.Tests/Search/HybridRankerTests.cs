using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Tests.Search;

[Collection(KnowledgeCollection.Name)]
public class HybridRankerTests(KnowledgeFixture knowledge)
{
    private static readonly RoutingCalibration Calibration = new();

    [Theory]
    [InlineData("¿Qué porcentaje de los condados tiene políticas que limitan la colaboración con ICE, y de qué informe sale ese dato?")]
    [InlineData("¿La policía puede preguntar por mi estatus migratorio en la corte?")]
    public void A_spanish_question_orders_cards_with_the_words_counting_more_but_keeps_the_fused_score_the_thresholds_read(string question)
    {
        var ranking = Rank(question, Calibration.SpanishRankingLexicalWeight);

        Assert.NotEmpty(ranking.Cards);
        Assert.All(ranking.Cards, c => Assert.Equal(c.Semantic + (Calibration.LexicalWeight * c.Lexical), c.Fused, 9));
        var order = ranking.Cards.Select(c => c.Semantic + (Calibration.SpanishRankingLexicalWeight * c.Lexical)).ToList();
        Assert.Equal(order.OrderByDescending(x => x), order);
    }

    [Fact]
    public void An_english_question_orders_cards_by_the_fused_score()
    {
        var ranking = Rank("can ICE pick me up at the courthouse", Calibration.LexicalWeight);

        var fused = ranking.Cards.Select(c => c.Fused).ToList();
        Assert.Equal(fused.OrderByDescending(x => x), fused);
    }

    private HybridRanking Rank(string question, double weight)
    {
        var snapshot = knowledge.Index.Current;
        var concepts = QuestionAnalysis.Analyze(question, snapshot);
        return HybridRanker.Rank(
            snapshot.Vectors, concepts, KnowledgeSearcher.Search(snapshot, concepts, Calibration),
            SnapshotAnalysis.Of(snapshot).OutOfScopeQuestions, ArcticXsEmbedder.Shared.Embed(question), Calibration, weight);
    }
}
