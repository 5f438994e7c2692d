namespace KnowYourRights.Knowledge.Search;

/// <summary>Weighted Dice overlap between two analyzed questions (1 = same concepts, 0 = none shared).</summary>
internal static class QuestionSimilarity
{
    /// <summary>
    /// A concept of one question is shared when any of its terms is a term of some concept of the
    /// other. The shared weights are added in concept order, so the result is the same to the last bit however it is found.
    /// </summary>
    public static double Dice(AnalyzedQuestion question, AnalyzedQuestion other)
    {
        var total = question.Weight + other.Weight;
        if (total <= 0)
        {
            return 0;
        }
        return question.ConceptsByTerm is { } masks
            ? Masked(question, masks, other) / total
            : (question.WeightIn(other.Terms) + other.WeightIn(question.Terms)) / total;
    }

    /// <summary>
    /// One look-up per term of <paramref name="other"/>: a hit marks that concept of the other as
    /// shared and, through the mask, every concept of the question that holds the term.
    /// </summary>
    private static double Masked(AnalyzedQuestion question, IReadOnlyDictionary<string, ulong> masks, AnalyzedQuestion other)
    {
        var covered = 0UL;
        var otherShared = 0.0;
        for (var i = 0; i < other.ConceptTerms.Length; i++)
        {
            var shared = false;
            foreach (var term in other.ConceptTerms[i])
            {
                if (masks.TryGetValue(term, out var mask))
                {
                    covered |= mask;
                    shared = true;
                }
            }
            if (shared)
            {
                otherShared += other.Weights[i];
            }
        }
        var questionShared = 0.0;
        for (var i = 0; covered != 0; i++, covered >>= 1)
        {
            if ((covered & 1) != 0)
            {
                questionShared += question.Weights[i];
            }
        }
        return questionShared + otherShared;
    }
}
