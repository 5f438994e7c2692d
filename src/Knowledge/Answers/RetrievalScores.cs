namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The scores that decided an answer, for whoever tunes the thresholds: the best card by each
/// retrieval and fused, and the nearest subject the sources do not cover. Ids only, never text.
/// </summary>
public sealed record RetrievalScores(ScoredId? Lexical, ScoredId? Semantic, ScoredId? Fused, ScoredId? OutOfScope)
{
    /// <summary>The card of the conversation's earlier answer this message was read with, when it was read as a follow-up.</summary>
    public string? Context { get; init; }

    /// <summary>How well the fused ranking's best card accounts for the question's content words.</summary>
    public CardVerification? Verification { get; init; }

    public IReadOnlyList<string>? Debug { get; init; }
}

/// <summary>A card, passage or out-of-scope subject id and its score.</summary>
public sealed record ScoredId(string Id, double Score);
