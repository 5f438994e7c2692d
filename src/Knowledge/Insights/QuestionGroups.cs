using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Insights;

/// <summary>
/// Groups similar questions the way the bot reads them: each question becomes the index's
/// weighted concepts (synonyms, Spanish words and spelling folded onto the paper's words), and a
/// question joins the first group whose first question it overlaps by at least
/// <see cref="MinSimilarity"/> (weighted Dice, <see cref="QuestionSimilarity"/>). Greedy and in
/// order, so the same rows always give the same groups.
/// </summary>
public static class QuestionGroups
{
    public const double MinSimilarity = 0.5;

    /// <summary>The indexes of <paramref name="questions"/>, grouped; the largest group first, ties in order of first appearance.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<string> questions, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var groups = new List<(AnalyzedQuestion Head, List<int> Members)>();
        for (var i = 0; i < questions.Count; i++)
        {
            var analyzed = new AnalyzedQuestion(QuestionAnalysis.Analyze(questions[i], snapshot));
            var home = analyzed.Concepts.Count == 0 ? -1 : groups.FindIndex(g => QuestionSimilarity.Dice(analyzed, g.Head) >= MinSimilarity);
            if (home < 0)
            {
                groups.Add((analyzed, [i]));
            }
            else
            {
                groups[home].Members.Add(i);
            }
        }
        return groups.Select((g, order) => (g.Members, order))
            .OrderByDescending(g => g.Members.Count).ThenBy(g => g.order)
            .Select(g => (IReadOnlyList<int>)g.Members)
            .ToList();
    }
}
