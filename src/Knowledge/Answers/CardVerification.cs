namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// How well one card accounts for a question's content words (after typo correction, synonyms and
/// stemming), found between retrieval and the answer (see <see cref="CardVerifier"/>).
/// </summary>
/// <param name="Coverage">The weighted share (0–1) of the question's content words the card uses; 1 when the question has none.</param>
/// <param name="ForeignShare">The weighted share (0–1) of its content words that no card uses ("recipe", "quokka", "marriage").</param>
/// <param name="Unmatched">The question's content words the card does not use, as the question wrote them.</param>
/// <param name="Foreign">Those of them no card uses at all.</param>
/// <param name="OutOfScopeTopic">The subject the sources leave out that the question's words name (words no card uses), or null.</param>
/// <param name="OutOfScopeShare">The weighted share (0–1) of its content words that name <paramref name="OutOfScopeTopic"/>.</param>
public sealed record CardVerification(
    double Coverage, double ForeignShare, IReadOnlyList<string> Unmatched, IReadOnlyList<string> Foreign, string? OutOfScopeTopic, double OutOfScopeShare)
{
    /// <summary>A question with nothing to verify (no content words): fully accounted for.</summary>
    public static CardVerification Complete { get; } = new(1, 0, [], [], null, 0);
}
