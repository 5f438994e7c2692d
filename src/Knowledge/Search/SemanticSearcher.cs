using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Ranks an index version's cards and passages by meaning: each by its vector nearest to the
/// question's. A card is as close as its closest way of asking (or its answer); a passage, as
/// its own text. Exhaustive: an index holds a few thousand vectors, a dot product is nanoseconds.
/// </summary>
internal static class SemanticSearcher
{
    public static IReadOnlyList<SemanticHit> Rank(IndexVectors vectors, ReadOnlySpan<float> question, Func<VectorKind, bool> kinds)
    {
        var best = new Dictionary<string, SemanticHit>(StringComparer.Ordinal);
        foreach (var item in vectors.Items)
        {
            if (!kinds(item.Kind))
            {
                continue;
            }
            var score = VectorMath.Cosine(question, item.Vector);
            if (!best.TryGetValue(item.OwnerId, out var hit) || score > hit.Score)
            {
                best[item.OwnerId] = new SemanticHit(item.OwnerId, item.Kind, score);
            }
        }
        return best.Values.OrderByDescending(h => h.Score).ToList();
    }

    /// <summary>Cards, ranked by their closest way of asking or answer.</summary>
    public static IReadOnlyList<SemanticHit> Cards(IndexVectors vectors, ReadOnlySpan<float> question) =>
        Rank(vectors, question, k => k is VectorKind.CardQuestion or VectorKind.CardAnswer);

    /// <summary>Paper and source passages, ranked by their text.</summary>
    public static IReadOnlyList<SemanticHit> Passages(IndexVectors vectors, ReadOnlySpan<float> question) =>
        Rank(vectors, question, k => k == VectorKind.Passage);
}
