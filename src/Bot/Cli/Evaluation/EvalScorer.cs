using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Cli.Evaluation;

/// <summary>
/// Judges one answer against one question the way the project's scorer (score.py) does, so a run
/// of <c>eval</c> and a run of the scorer over <c>ask --jsonl</c> count the same passes. Terms and
/// forbidden terms are looked for in what the reader sees: the answer and the quote beside it.
/// </summary>
public static partial class EvalScorer
{
    [GeneratedRegex(@"^(sources?|fuentes?|citations?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourcesHeading();

    public static EvalVerdict Check(EvalQuestion question, Answer answer, EvalRules rules)
    {
        var reasons = new List<string>();
        var shown = (answer.Text + "\n" + (answer.Quote?.Text ?? string.Empty)).ToLowerInvariant();
        var forbidden = (question.Forbid ?? []).Where(t => Alternatives(t).Any(a => a.Length > 0 && shown.Contains(a, StringComparison.Ordinal))).ToList();
        if (forbidden.Count > 0)
        {
            reasons.Add($"answer holds forbidden term(s) ({string.Join(", ", forbidden)})");
        }
        var grade = answer.Answered ? Grade(answer.Text) : null;
        if (!question.InScope)
        {
            if (answer.Answered)
            {
                reasons.Add("answered an out-of-scope question");
            }
            if (answer.Citations.Count > 0)
            {
                reasons.Add("cited sources for an out-of-scope question");
            }
            return Verdict(question, reasons, answer.Answered ? EvalError.OutOfScopeAnswered : EvalError.None, grade, rules);
        }
        if (!answer.Answered)
        {
            reasons.Insert(0, "did not answer");
            return new EvalVerdict(false, reasons, EvalError.NotAnswered, null);
        }
        var terms = question.Terms ?? [];
        var hits = terms.Count(t => Alternatives(t).Any(a => shown.Contains(a, StringComparison.Ordinal)));
        var needed = question.MinTerms ?? 1;
        if (hits < needed)
        {
            reasons.Add($"answer holds {hits}/{needed} expected terms ({string.Join(", ", terms)})");
        }
        var wrong = reasons.Count > 0;
        if (rules.RequireCitations && answer.Citations.Count == 0)
        {
            reasons.Add("answered without any citation");
        }
        var wanted = question.Cite ?? [];
        if (wanted.Count > 0)
        {
            var cited = string.Join(" ", answer.Citations.Select(c => c.Title + " " + c.Url)).ToLowerInvariant();
            if (!wanted.SelectMany(Alternatives).Any(a => cited.Contains(a, StringComparison.Ordinal)))
            {
                reasons.Add($"no citation matching any of [{string.Join(", ", wanted.Select(w => "'" + w.ToLowerInvariant() + "'"))}]");
            }
        }
        return Verdict(question, reasons, wrong ? EvalError.AnsweredWrong : EvalError.None, grade, rules);
    }

    /// <summary>
    /// The Flesch-Kincaid grade of what the reader reads: the answer up to any "Sources" heading,
    /// without links, markers or Markdown; null under five words.
    /// </summary>
    public static double? Grade(string answer)
    {
        var kept = new List<string>();
        foreach (var line in answer.Split('\n'))
        {
            var trimmed = line.Trim();
            if (SourcesHeading().IsMatch(trimmed))
            {
                break;
            }
            kept.Add(trimmed);
        }
        var text = ReadingGrade.PlainText(string.Join(" ", kept));
        return ReadingGrade.CountWords(text) < 5 ? null : ReadingGrade.FleschKincaid(text);
    }

    private static EvalVerdict Verdict(EvalQuestion question, List<string> reasons, EvalError error, double? grade, EvalRules rules)
    {
        if (reasons.Count == 0 && grade > rules.MaxAnswerGrade && question.Language == "en")
        {
            reasons.Add($"reading grade {grade:0.0} is above {rules.MaxAnswerGrade:0.##}");
        }
        return new EvalVerdict(reasons.Count == 0, reasons, error, grade);
    }

    private static IEnumerable<string> Alternatives(string term) => term.ToLowerInvariant().Split('|');
}
