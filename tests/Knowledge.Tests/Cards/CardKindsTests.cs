using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>
/// The kinds a card states it answers (what, why, how many…) decide which card a follow-up that
/// changes the kind goes to: a card must at least answer the kind of its own main question, in
/// English and in Spanish ("Why did ICE raid Austin?" is a card that answers why).
/// </summary>
public sealed class CardKindsTests
{
    public static TheoryData<string> CardIds() => new(SeedFiles.Seeds.Cards.Cards.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_card_answers_the_kind_of_its_own_question(string id)
    {
        var card = SeedFiles.Seeds.Cards.Cards.Single(c => c.Id == id);

        foreach (var question in new[] { card.Question, card.QuestionEs }.OfType<string>())
        {
            var kind = QuestionKinds.Read(question).Kind;
            Assert.True(card.Answers(kind), $"{id}: '{question}' asks {QuestionKinds.Name(kind)}, which the card's kinds ({string.Join(", ", card.Kinds.Select(QuestionKinds.Name))}) do not list");
        }
    }
}
