namespace KnowYourRights.Knowledge.Search;

/// <summary>Weighted Dice overlap between two analyzed questions (1 = same concepts, 0 = none shared).</summary>
public static class QuestionSimilarity
{
    public static double Dice(IReadOnlyList<Concept> question, IReadOnlyList<Concept> other)
    {
        var total = question.Sum(c => c.Weight) + other.Sum(c => c.Weight);
        if (total <= 0)
        {
            return 0;
        }
        var shared = question.Where(q => other.Any(o => q.Terms.Overlaps(o.Terms))).Sum(c => c.Weight)
            + other.Where(o => question.Any(q => o.Terms.Overlaps(q.Terms))).Sum(c => c.Weight);
        return shared / total;
    }
}
