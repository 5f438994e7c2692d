using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>The Spanish answers are held to plain language: Crawford grade 8 or below, no sentence over 20 words.</summary>
public sealed class SpanishAnswerRulesTests
{
    public static TheoryData<string> CardIds() => new(SeedFiles.Seeds.Cards.Cards.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_spanish_answer_is_plain_and_has_no_sentence_over_20_words(string id)
    {
        Assert.True(SeedFiles.Seeds.Cards.TryGet(id, out var card));
        Assert.NotNull(card.AnswerEs);

        Assert.Empty(SpanishAnswerRules.Problems(card));
        Assert.True(ReadingGrade.Crawford(ReadingGrade.PlainText(card.AnswerEs!)) <= SpanishAnswerRules.MaxGrade);
        Assert.All(SpanishAnswerRules.Sentences(card.AnswerEs!), s => Assert.InRange(SpanishAnswerRules.Words(s), 1, SpanishAnswerRules.MaxSentenceWords));
    }

    [Fact]
    public void A_sentence_over_20_words_is_flagged_and_short_ones_are_not()
    {
        var longSentence = "La policía local puede pedir a ICE que tome a una persona de la cárcel cuando termina su caso, "
            + "aunque el juez haya dicho que puede salir libre ese mismo día. [1]";
        var flagged = SpanishAnswerRules.Problems(Card(longSentence));
        var problem = Assert.Single(flagged);
        Assert.Contains("sentence of 31 words", problem);

        Assert.Empty(SpanishAnswerRules.Problems(Card("La policía local puede pedir a ICE que tome a una persona. [1] El juez puede decir que sale libre. [1]")));
    }

    [Fact]
    public void Abbreviations_and_list_items_split_where_a_reader_would()
    {
        var sentences = SpanishAnswerRules.Sentences("Es una ley de EE. UU. que dice algo. [1] Otra frase.\n- Un punto de la lista\n- Otro punto");

        Assert.Equal(["Es una ley de EE. UU. que dice algo.", "Otra frase.", "Un punto de la lista", "Otro punto"], sentences);
    }

    private static AnswerCard Card(string spanish) => new()
    {
        Id = "sample", Topic = "Sample", Question = "Q?", AsOf = "2020-11", Answer = "A short answer. [1]", AnswerEs = spanish, Citations = ["paper"],
    };
}
