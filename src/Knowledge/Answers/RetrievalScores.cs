namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The scores that decided an answer, for whoever tunes the thresholds: the best card by each
/// retrieval and fused, the nearest subject the sources do not cover, and how well the card accounts
/// for the question (its verification lists the question's own words the card does not use; the
/// question itself is in the answer already, with personal details removed).
/// </summary>
public sealed record RetrievalScores(ScoredId? Lexical, ScoredId? Semantic, ScoredId? Fused, ScoredId? OutOfScope)
{
    /// <summary>The card of the conversation's earlier answer this message was read with, when it was read as a follow-up.</summary>
    public string? Context { get; init; }

    /// <summary>The fused ranking's second card: how close the choice was.</summary>
    public ScoredId? RunnerUp { get; init; }

    /// <summary>The fused ranking's best card's own lexical score (its fused score weighs this and <see cref="FusedSemantic"/>).</summary>
    public double? FusedLexical { get; init; }

    /// <summary>The fused ranking's best card's own semantic score.</summary>
    public double? FusedSemantic { get; init; }

    /// <summary>How well the fused ranking's best card accounts for the question's content words.</summary>
    public CardVerification? Verification { get; init; }
}

/// <summary>A card, passage or out-of-scope subject id and its score.</summary>
public sealed record ScoredId(string Id, double Score);
