using System.Text;
using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// One message, several questions ("two questions: 1) … 2) …"): one reply that answers each in
/// turn under its own heading, with the citations of all parts numbered once, in order.
/// </summary>
internal static partial class AnswerCombiner
{
    private const int MaxFollowUps = 3;

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    public static Answer Combine(string question, string language, IReadOnlyList<Answer> parts)
    {
        var citations = new List<AnswerCitation>();
        var text = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var body = part.Answered ? Renumber(part, citations) : ReplyTexts.PartDeclined(language);
            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(ReplyTexts.PartHeading(language, i + 1)).Append(' ').Append(body);
        }
        var answered = parts.Where(p => p.Answered).ToList();
        var lead = answered.FirstOrDefault() ?? parts[0];
        var combined = text.ToString();
        return lead with
        {
            Question = question,
            Answered = answered.Count > 0,
            Kind = answered.Count > 0 ? lead.Kind : AnswerKinds.Decline,
            Text = answered.Count > 0 ? combined : lead.Text,
            // One card's summary would leave the other questions out, and its markers are renumbered here.
            Summary = null,
            Citations = citations,
            Confidence = answered.Count > 0 ? answered.Min(p => p.Confidence) : lead.Confidence,
            FollowUps = parts.SelectMany(p => p.FollowUps).DistinctBy(c => c.Id).Where(c => parts.All(p => p.CardId != c.Id)).Take(MaxFollowUps).ToList(),
            DidYouMean = parts.SelectMany(p => p.DidYouMean).DistinctBy(c => c.Id).ToList(),
            Passages = parts.SelectMany(p => p.Passages).DistinctBy(p => p.Id).Take(3).ToList(),
            ReadingGrade = answered.Count > 0 ? AnswerBuilder.Grade(combined) : lead.ReadingGrade,
        };
    }

    /// <summary>The part's text with its [n] markers renumbered into the combined citation list.</summary>
    internal static string Renumber(Answer part, List<AnswerCitation> citations)
    {
        var map = new Dictionary<int, int>();
        foreach (var citation in part.Citations)
        {
            var index = citations.FindIndex(c => c.Id == citation.Id);
            if (index < 0)
            {
                citations.Add(citation with { Number = citations.Count + 1 });
                index = citations.Count - 1;
            }
            map[citation.Number] = index + 1;
        }
        return Marker().Replace(part.Text, m => map.TryGetValue(int.Parse(m.Groups[1].Value), out var n) ? $"[{n}]" : m.Value);
    }
}
