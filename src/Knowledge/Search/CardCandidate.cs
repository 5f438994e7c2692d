namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// A card's scores for one question: <paramref name="Lexical"/> (concept coverage and likeness to
/// its ways of asking, 0–1; 0 when BM25 did not retrieve it), <paramref name="Semantic"/> (cosine
/// of the question and the card's nearest way of asking or answer) and their <paramref name="Fused"/> sum.
/// </summary>
internal sealed record CardCandidate(string CardId, double Lexical, double Semantic, double Fused);
