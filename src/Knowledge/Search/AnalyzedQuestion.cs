using System.Collections.Frozen;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// A question's concepts with what comparing it needs made once: every term of every concept,
/// and the total weight. A card's ways of asking are compared with every question that hits the
/// card, so theirs are made once per index version (see <see cref="SnapshotAnalysis"/>).
/// </summary>
public sealed class AnalyzedQuestion
{
    public AnalyzedQuestion(IReadOnlyList<Concept> concepts)
    {
        Concepts = concepts;
        Terms = concepts.SelectMany(c => c.Terms).ToFrozenSet(StringComparer.Ordinal);
        Weight = concepts.Sum(c => c.Weight);
    }

    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>The union of the concepts' terms: a concept is shared when one of its terms is here.</summary>
    public FrozenSet<string> Terms { get; }

    /// <summary>The concepts' weights added up, in order.</summary>
    public double Weight { get; }
}
