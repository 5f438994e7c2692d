using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// A question about a court case the sources never name ("what did the court hold in Galarza v.
/// Szalczyk?") cannot be answered from them, however close its other words are to a card about
/// detainer lawsuits: it gets a reply that says so. A case is unknown when neither party's name
/// appears in the index, the cards or the cited sources' titles.
/// </summary>
internal static partial class UncitedCase
{
    [GeneratedRegex(@"\b(?<first>\p{Lu}[\p{L}'’-]+)\s+(?:v|vs)\.?\s+(?<second>\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex CaseName();

    /// <summary>The first case the question names that the sources do not know, or null.</summary>
    public static string? Named(string question, KnowledgeSnapshot snapshot)
    {
        foreach (Match match in CaseName().Matches(question))
        {
            if (!Known(match.Groups["first"].Value, snapshot) && !Known(match.Groups["second"].Value, snapshot))
            {
                return match.Value;
            }
        }
        return null;
    }

    private static bool Known(string party, KnowledgeSnapshot snapshot)
    {
        var terms = QuestionAnalysis.Terms(snapshot, party);
        return (terms.Count > 0 && terms.All(snapshot.Vocabulary.ContainsKey))
            || snapshot.Manifest.Sources.Any(s => s.Title.Contains(party, StringComparison.OrdinalIgnoreCase));
    }
}
