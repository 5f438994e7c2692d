using KnowYourRights.Bot.Cli.Evaluation;

namespace KnowYourRights.Bot.Tests.Cli.Evaluation;

public class EvalReportTests
{
    [Fact]
    public void The_report_gives_the_error_kinds_and_score_overall_in_the_scorers_words_then_each_language()
    {
        var overall = new EvalTally();
        var byLanguage = new Dictionary<string, EvalTally> { ["en"] = new(), ["es"] = new() };
        (EvalQuestion Question, EvalVerdict Verdict)[] items =
        [
            (new("1", "q", "answer", "en"), new(true, [], EvalError.None, 4.0)),
            (new("2", "q", "answer", "en"), new(false, ["x"], EvalError.AnsweredWrong, 8.0)),
            (new("3", "q", "answer", "es"), new(false, ["x"], EvalError.NotAnswered, null)),
            (new("4", "q", "decline", "es"), new(false, ["x"], EvalError.OutOfScopeAnswered, 3.0)),
        ];
        foreach (var (question, verdict) in items)
        {
            overall.Add(question, verdict);
            byLanguage[question.Language].Add(question, verdict);
        }

        var lines = EvalReport.Lines(overall, byLanguage).ToList();

        Assert.Equal(
        [
            "errors: in-scope answered wrong or partly 1/3 (33%), in-scope not answered 1/3 (33%), out-of-scope answered 1/1 (100%)",
            "score: 1/4 passed (25%); answer/en=1/2 answer/es=0/1 decline/es=0/1; mean reading grade (en answers) 6.0, highest 8.0",
            "  en: 1/2 passed (50%); in-scope answered wrong or partly 1/2 (50%), in-scope not answered 0/2 (0%), out-of-scope answered 0/0",
            "  es: 0/2 passed (0%); in-scope answered wrong or partly 0/1 (0%), in-scope not answered 1/1 (100%), out-of-scope answered 1/1 (100%)",
        ], lines);
    }
}
