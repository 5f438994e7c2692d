namespace KnowYourRights.Knowledge.Search;

/// <summary>A retrieved passage or card.</summary>
/// <param name="Id">Passage or card id.</param>
/// <param name="Type">Passage, card or source passage (see <c>IndexFields</c>).</param>
/// <param name="Heading">Heading path (passage) or topic (card).</param>
/// <param name="Payload">Marked passage text, or the card as JSON.</param>
/// <param name="Score">BM25 score.</param>
/// <param name="Coverage">Weighted share of the question's concepts the document contains (0–1).</param>
/// <param name="Similarity">For a card: how closely the question matches its nearest way of asking (0–1); 0 for passages.</param>
internal sealed record SearchHit(string Id, string Type, string Heading, string Payload, float Score, double Coverage, double Similarity)
{
    /// <summary>What ranking orders by: coverage (and for cards, question similarity), BM25 breaking near-ties.</summary>
    public double Rank { get; init; }

    /// <summary>For a source passage: the manifest id of the source it was fetched from; null otherwise.</summary>
    public string? SourceId { get; init; }
}
