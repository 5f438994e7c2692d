namespace KnowYourRights.Knowledge.Search;

/// <summary>Weighted Dice overlap between two analyzed questions (1 = same concepts, 0 = none shared).</summary>
public static class QuestionSimilarity
{
    /// <summary>
    /// A concept of one question is shared when any of its terms is a term of some concept of the
    /// other, i.e. of the other's term union: one set look-up per term instead of comparing every pair of concepts.
    /// </summary>
    public static double Dice(AnalyzedQuestion question, AnalyzedQuestion other)
    {
        var total = question.Weight + other.Weight;
        if (total <= 0)
        {
            return 0;
        }
        return (SharedWeight(question, other) + SharedWeight(other, question)) / total;
    }

    private static double SharedWeight(AnalyzedQuestion question, AnalyzedQuestion other)
    {
        var shared = 0.0;
        foreach (var concept in question.Concepts)
        {
            foreach (var term in concept.Terms)
            {
                if (other.Terms.Contains(term))
                {
                    shared += concept.Weight;
                    break;
                }
            }
        }
        return shared;
    }
}
