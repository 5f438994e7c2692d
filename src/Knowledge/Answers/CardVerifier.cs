using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Checks, between retrieval and the answer, that the chosen card accounts for what the question
/// asks: each content word of the question (a concept heavier than a generic word, after typo
/// correction and synonyms) should be a word of the card (its ways of asking, answer, summary,
/// evidence or topic), or of the conversation's topic. Retrieval ranks cards by what they share
/// with a question and by meaning; it never asks what the question has that the card lacks, so "a
/// recipe for tamales" could reach a card about damages and "the phone number of the ICE office to
/// pay a bond" the card on ICE's notices.
/// </summary>
internal static class CardVerifier
{
    /// <param name="concepts">The question's concepts (as searched).</param>
    /// <param name="cardId">The card to verify.</param>
    /// <param name="snapshot">The index version the card is from.</param>
    /// <param name="context">Another card whose words also count (the conversation's topic, for a follow-up), or null.</param>
    public static CardVerification Verify(IReadOnlyList<Concept> concepts, string cardId, KnowledgeSnapshot snapshot, string? context = null)
    {
        var words = SnapshotAnalysis.Of(snapshot).CardWords;
        var card = words.Of(cardId);
        var topic = context is null ? null : words.Of(context);
        var content = concepts.Where(c => c.Weight > RoutingCalibration.GenericWordMaxWeight).ToList();
        if (content.Count == 0)
        {
            return CardVerification.Complete;
        }
        var total = content.Sum(c => c.Weight);
        var unmatched = content.Where(c => !c.Terms.Overlaps(card) && (topic is null || !c.Terms.Overlaps(topic))).ToList();
        var foreign = unmatched.Where(c => !c.Terms.Overlaps(words.AllCards)).ToList();
        // The out-of-scope subject most of the question's words name (its catalogue words are words no card uses).
        var questionTerms = concepts.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
        var outside = words.OutOfScopeWords
            .Where(w => w.Terms.All(questionTerms.Contains))
            .GroupBy(w => w.TopicId)
            .Select(g => (Topic: g.Key, Share: content.Where(c => g.Any(w => c.Terms.Overlaps(w.Terms))).Sum(c => c.Weight) / total))
            .OrderByDescending(t => t.Share)
            .FirstOrDefault();
        return new CardVerification(
            1 - (unmatched.Sum(c => c.Weight) / total),
            foreign.Sum(c => c.Weight) / total,
            unmatched.Select(c => c.Surface).ToList(),
            foreign.Select(c => c.Surface).ToList(),
            outside.Topic,
            outside.Share);
    }
}
