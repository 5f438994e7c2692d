using System.Collections.Frozen;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// What the cards of one index version can account for in a question, as analyzed terms (after
/// synonyms and stemming): each card's words (topic, ways of asking, answers and summaries in both
/// languages, the paper's words it rests on), all the cards' words together, and the words that name
/// each subject the sources leave out. Made once per version (see <see cref="SnapshotAnalysis"/>).
/// </summary>
public sealed class CardVocabulary
{
    private readonly Dictionary<string, FrozenSet<string>> _byCard;

    internal CardVocabulary(KnowledgeSnapshot snapshot)
    {
        _byCard = snapshot.Cards.Cards.ToDictionary(
            c => c.Id,
            c => QuestionAnalysis.Terms(snapshot, string.Join(" . ", TextsOf(c))).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
        AllCards = _byCard.Values.SelectMany(t => t).ToFrozenSet(StringComparer.Ordinal);
        OutOfScopeWords = snapshot.OutOfScope
            .SelectMany(topic => topic.Words.Select(word => new SubjectWord(topic.Id, word, QuestionAnalysis.Terms(snapshot, word).ToFrozenSet(StringComparer.Ordinal))))
            // A word some card uses is that card's to answer, not a sign of a subject the sources leave out.
            .Where(w => w.Terms.Count > 0 && !w.Terms.All(AllCards.Contains))
            .ToList();
    }

    /// <summary>Every term any card uses.</summary>
    public FrozenSet<string> AllCards { get; }

    /// <summary>The words naming the subjects the sources leave out (<c>words</c> in <c>out-of-scope.yaml</c>), analyzed.</summary>
    public IReadOnlyList<SubjectWord> OutOfScopeWords { get; }

    /// <summary>The terms of card <paramref name="cardId"/>; empty for an unknown id.</summary>
    public FrozenSet<string> Of(string cardId) => _byCard.GetValueOrDefault(cardId) ?? FrozenSet<string>.Empty;

    private static IEnumerable<string> TextsOf(Cards.AnswerCard card) =>
        card.WaysOfAsking
            .Append(card.Topic)
            .Append(card.Answer)
            .Append(card.AnswerEs ?? string.Empty)
            .Append(card.Summary ?? string.Empty)
            .Append(card.SummaryEs ?? string.Empty)
            .Concat(card.Evidence);
}
