namespace KnowYourRights.Knowledge.Indexing;

/// <summary>What an index build produced; also written as <c>build.json</c> in the version folder.</summary>
public sealed record IndexBuildReport(
    string Version,
    DateTimeOffset BuiltAt,
    int Passages,
    int Footnotes,
    int Sources,
    int Cards,
    int SynonymRules,
    IReadOnlyList<CardReadability> CardGrades)
{
    /// <summary>Passages of cited sources' own text (0 for a build from the seeds alone).</summary>
    public int SourcePassages { get; init; }
}

/// <summary>The reading grade and length of one card's English answer, and every rule the card breaks.</summary>
public sealed record CardReadability(string CardId, double Grade, int Words, bool Flagged)
{
    /// <summary>The <see cref="Cards.CardRules"/> the card breaks beyond its English answer's grade and length: summaries, Spanish answer, citations (empty when it passes).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
