using System.Collections.Frozen;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// A question's concepts with what comparing it needs made once: every term of every concept,
/// which concepts each term belongs to, and the weights. A card's ways of asking are compared with
/// every question that hits the card, so theirs are made once per index version (see
/// <see cref="SnapshotAnalysis"/>); a question's own, once per search.
/// </summary>
internal sealed class AnalyzedQuestion
{
    /// <summary>Concepts are marked in one 64-bit mask; a message with more is compared concept by concept.</summary>
    private const int MaxMaskedConcepts = 64;

    public AnalyzedQuestion(IReadOnlyList<Concept> concepts)
    {
        Concepts = concepts;
        ConceptTerms = concepts.Select(c => c.Terms.ToArray()).ToArray();
        Weights = concepts.Select(c => c.Weight).ToArray();
        Terms = concepts.SelectMany(c => c.Terms).ToFrozenSet(StringComparer.Ordinal);
        Weight = concepts.Sum(c => c.Weight);
        if (concepts.Count <= MaxMaskedConcepts)
        {
            var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
            for (var i = 0; i < ConceptTerms.Length; i++)
            {
                foreach (var term in ConceptTerms[i])
                {
                    masks[term] = masks.GetValueOrDefault(term) | (1UL << i);
                }
            }
            ConceptsByTerm = masks;
        }
    }

    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>Each concept's terms, in concept order.</summary>
    public string[][] ConceptTerms { get; }

    /// <summary>Each concept's weight, in concept order.</summary>
    public double[] Weights { get; }

    /// <summary>The union of the concepts' terms: a concept is shared when one of its terms is here.</summary>
    public FrozenSet<string> Terms { get; }

    /// <summary>For each term, the concepts that hold it (bit i: concept i); null for more than 64 concepts.</summary>
    public IReadOnlyDictionary<string, ulong>? ConceptsByTerm { get; }

    /// <summary>The concepts' weights added up, in order.</summary>
    public double Weight { get; }

    /// <summary>The weights, added in order, of the concepts with a term in <paramref name="terms"/> (a document's, another question's).</summary>
    public double WeightIn(FrozenSet<string> terms)
    {
        var weight = 0.0;
        for (var i = 0; i < ConceptTerms.Length; i++)
        {
            foreach (var term in ConceptTerms[i])
            {
                if (terms.Contains(term))
                {
                    weight += Weights[i];
                    break;
                }
            }
        }
        return weight;
    }
}
