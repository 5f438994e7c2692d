using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>The words that name the subjects the sources leave out (<c>out-of-scope.yaml</c>) are words no card uses.</summary>
[Collection(KnowledgeCollection.Name)]
public class OutOfScopeWordsTests(KnowledgeFixture knowledge)
{
    [Fact]
    public void No_card_uses_an_out_of_scope_word()
    {
        var snapshot = knowledge.Index.Current;
        var cards = SnapshotAnalysis.Of(snapshot).CardWords.AllCards;
        var used = snapshot.OutOfScope
            .SelectMany(t => t.Words.Select(w => (t.Id, Word: w, Terms: QuestionAnalysis.Terms(snapshot, w))))
            .Where(w => w.Terms.Count > 0 && w.Terms.All(cards.Contains))
            .Select(w => $"{w.Id}: {w.Word}")
            .ToList();

        Assert.True(used.Count == 0, "Words a card uses: " + string.Join(", ", used));
        Assert.NotEmpty(SnapshotAnalysis.Of(snapshot).CardWords.OutOfScopeWords);
    }

    [Fact]
    public void No_way_of_asking_a_card_is_an_out_of_scope_way_of_asking()
    {
        var snapshot = knowledge.Index.Current;
        var caught = snapshot.Cards.Cards
            .SelectMany(c => c.Questions.Select(q => (c.Id, Question: q)))
            .SelectMany(q => snapshot.OutOfScope.Where(t => t.IsAskedBy(q.Question)).Select(t => $"{q.Id} \"{q.Question}\" ({t.Id})"))
            .ToList();

        Assert.True(caught.Count == 0, "Card questions an out-of-scope pattern declines: " + string.Join("; ", caught));
        Assert.Contains(snapshot.OutOfScope, t => t.Asks.Count > 0);
    }
}
