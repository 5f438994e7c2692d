namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// A card's own question is what menus, follow-up buttons and "did you mean" show for it (the
/// Spanish one in Spanish): asking it as written must reach that card, in both languages.
/// </summary>
[Collection(KnowledgeCollection.Name)]
// Every card (or question set) through the whole answer path: in the full run, not the fast loop (CONTRIBUTING.md).
[Trait("Category", "Slow")]
public class CanonicalQuestionTests(KnowledgeFixture knowledge)
{
    [Fact]
    public void Every_cards_own_question_in_english_and_spanish_is_answered_by_that_card()
    {
        var cards = knowledge.Index.Current.Cards.Cards;
        var misrouted = cards
            .SelectMany(c => new[] { (c.Id, Question: c.Question), (c.Id, Question: c.QuestionEs) })
            .Where(q => q.Question is not null)
            .Select(q => (q.Id, q.Question, Answered: knowledge.Answers.Ask(q.Question).CardId))
            .Where(q => q.Answered != q.Id)
            .Select(q => $"{q.Id}: \"{q.Question}\" → {q.Answered ?? "no card"}")
            .ToList();

        Assert.True(cards.Count > 60);
        Assert.True(misrouted.Count == 0, string.Join("\n", misrouted));
    }
}
