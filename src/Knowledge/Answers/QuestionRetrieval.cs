using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>Everything both retrievals found for one question text.</summary>
/// <param name="Text">The text searched (the question, or the question read with the conversation's last topic).</param>
/// <param name="Concepts">The question's weighted concepts (lexical analysis).</param>
/// <param name="Hits">Lexical hits, best first.</param>
/// <param name="Ranking">The fused card ranking and semantic passages; empty without sentence vectors.</param>
/// <param name="Anchored">True when the question names one of the cards' topics.</param>
/// <param name="Language">The language of the text searched.</param>
internal sealed record QuestionRetrieval(
    string Text, IReadOnlyList<Concept> Concepts, IReadOnlyList<SearchHit> Hits, HybridRanking Ranking, bool Anchored, string Language)
{
    public bool Semantic => Ranking.Cards.Count > 0;

    public CardCandidate? BestCard => Ranking.Cards.Count > 0 ? Ranking.Cards[0] : null;
}
