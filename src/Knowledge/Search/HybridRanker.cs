using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Fuses the lexical ranking (BM25, concept coverage, likeness to a card's ways of asking) with
/// the semantic one (sentence-vector cosine) into one score per card: semantic + w · lexical.
/// </summary>
/// <remarks>
/// Measured on independently written questions: embeddings alone route people's own phrasings
/// ("will they tell immigration about me") that share no words with a card, but they confuse
/// neighbouring cards of one subject (detainers: what it is, is it legal, who pays); lexical
/// coverage alone does the opposite. Adding the lexical confidence with weight 0.3 to the cosine
/// kept the best of both on the public question sets; the weight and the thresholds that read
/// the fused score are in <see cref="Answers.AnswerOptions"/>.
/// </remarks>
internal static class HybridRanker
{
    public const double LexicalWeight = 0.3;

    /// <summary>
    /// The lexical weight that orders the cards for a Spanish question. The sentence model is
    /// English-only and reads Spanish as word pieces, so its nearest card is often a neighbour of the
    /// one the words name; the words count double in the order (on the public sets: one more Spanish
    /// question right, none lost). The fused score each card carries, which the thresholds read,
    /// keeps <see cref="LexicalWeight"/>, so a Spanish question is not answered more readily.
    /// </summary>
    public const double SpanishRankingLexicalWeight = 0.6;

    /// <param name="vectors">The version's sentence vectors.</param>
    /// <param name="concepts">The question's concepts (to compare with out-of-scope ways of asking).</param>
    /// <param name="lexical">The lexical hits.</param>
    /// <param name="outOfScope">Out-of-scope subjects' ways of asking, analyzed, by vector owner id.</param>
    /// <param name="question">The question's vector.</param>
    /// <param name="rankingLexicalWeight">The lexical weight that orders the cards (<see cref="SpanishRankingLexicalWeight"/> for Spanish).</param>
    public static HybridRanking Rank(
        IndexVectors vectors,
        IReadOnlyList<Concept> concepts,
        IReadOnlyList<SearchHit> lexical,
        IReadOnlyDictionary<string, IReadOnlyList<AnalyzedQuestion>> outOfScope,
        ReadOnlySpan<float> question,
        double rankingLexicalWeight = LexicalWeight)
    {
        var lexicalCards = lexical
            .Where(h => h.Type == IndexFields.CardType)
            .GroupBy(h => h.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(CardConfidence), StringComparer.Ordinal);
        var semantic = SemanticSearcher.Rank(vectors, question, k => k is VectorKind.CardQuestion or VectorKind.CardAnswer or VectorKind.OutOfScope);
        var cards = semantic
            .Where(h => h.Kind != VectorKind.OutOfScope)
            .Select(h =>
            {
                var lexicalScore = lexicalCards.GetValueOrDefault(h.Id);
                return new CardCandidate(h.Id, lexicalScore, h.Score, h.Score + (LexicalWeight * lexicalScore));
            })
            .OrderByDescending(c => c.Semantic + (rankingLexicalWeight * c.Lexical))
            .ToList();
        // Out-of-scope subjects are scored as cards are: likeness by meaning plus likeness in words
        // (their ways of asking have no answer text, so the words are the Dice likeness alone).
        var analyzed = new AnalyzedQuestion(concepts);
        var outside = semantic
            .Where(h => h.Kind == VectorKind.OutOfScope)
            .Select(h =>
            {
                var words = outOfScope.TryGetValue(h.Id, out var asked) && asked.Count > 0 ? asked.Max(q => QuestionSimilarity.Dice(analyzed, q)) : 0;
                return new CardCandidate(h.Id, words, h.Score, h.Score + (LexicalWeight * words));
            })
            .MaxBy(c => c.Fused);
        return new HybridRanking(cards, outside, SemanticSearcher.Passages(vectors, question));
    }

    /// <summary>A lexical card hit's confidence: its concept coverage and its likeness to its nearest way of asking.</summary>
    public static double CardConfidence(SearchHit card) => (card.Coverage + card.Similarity) / 2;
}
