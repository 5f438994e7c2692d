namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Both retrievals of one question, fused: cards best first, the nearest out-of-scope subject,
/// and passages by meaning (paper and source passages).
/// </summary>
/// <param name="OutOfScope">The nearest subject the sources do not cover, scored like a card (its id is <c>out-of-scope:ID</c>).</param>
internal sealed record HybridRanking(IReadOnlyList<CardCandidate> Cards, CardCandidate? OutOfScope, IReadOnlyList<SemanticHit> Passages)
{
    public static HybridRanking Empty { get; } = new([], null, []);
}
