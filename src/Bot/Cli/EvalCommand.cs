using System.CommandLine;
using KnowYourRights.Bot.Cli.Evaluation;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// <c>eval FILE [FILE…]</c>: answers every question of each set as <c>ask --jsonl</c> does (a
/// follow-up with its history) and scores it as the project's scorer does; prints the failures,
/// the error kinds and the pass rate overall and by language. Exit 1 when a set is under <c>--min-pass</c>.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(Option<string?> data, CliOutput output)
    {
        var files = new Argument<string[]>("file") { Description = "Question sets (JSONL), e.g. eval/dev.jsonl.", Arity = ArgumentArity.OneOrMore };
        var minPass = new Option<double>("--min-pass") { Description = "The pass rate (0–1) every set must reach; exit 1 otherwise.", DefaultValueFactory = _ => 0 };
        var maxGrade = new Option<double?>("--max-grade") { Description = "The highest mean reading grade of English answers a set may have; exit 1 otherwise." };
        var maxAnswerGrade = new Option<double?>("--max-answer-grade") { Description = "Fail any answered English item whose reading grade is above this." };
        var requireCitations = new Option<bool>("--require-citations") { Description = "Fail any answered in-scope item that cites nothing." };
        var quiet = new Option<bool>("--quiet") { Description = "Print the totals only, not each failure." };
        var command = new Command("eval", "Score the bot on question sets (the sets in eval/).") { files, minPass, maxGrade, maxAnswerGrade, requireCitations, quiet };
        command.SetAction(async (parse, cancel) =>
        {
            var paths = parse.GetValue(files) ?? [];
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                await output.Error.WriteLineAsync($"eval: no such file: {missing}");
                return 2;
            }
            var sets = new List<(string Path, IReadOnlyList<EvalQuestion> Questions)>();
            foreach (var path in paths)
            {
                try
                {
                    sets.Add((path, EvalQuestion.ParseSet(await File.ReadAllTextAsync(path, cancel))));
                }
                catch (FormatException e)
                {
                    await output.Error.WriteLineAsync($"eval: {path}, {e.Message}");
                    return 2;
                }
            }
            var rules = new EvalRules(parse.GetValue(requireCitations), parse.GetValue(maxAnswerGrade));
            try
            {
                using var host = CommandLineApp.BuildHost(parse.GetValue(data));
                var answers = CommandLineApp.Answers(host);
                var exit = 0;
                foreach (var (path, questions) in sets)
                {
                    var overall = Score(answers, questions, rules, parse.GetValue(quiet) ? null : output.Out, out var byLanguage);
                    await output.Out.WriteLineAsync(path);
                    foreach (var line in EvalReport.Lines(overall, byLanguage))
                    {
                        await output.Out.WriteLineAsync(line);
                    }
                    var grades = overall.EnglishGrades;
                    var gradeOk = parse.GetValue(maxGrade) is not { } limit || (grades.Count > 0 && grades.Average() <= limit);
                    if (overall.PassRate < parse.GetValue(minPass) || !gradeOk)
                    {
                        exit = 1;
                    }
                }
                return exit;
            }
            catch (Exception e) when (e is KnowledgeIndexException or IndexBusyException or OptionsValidationException or IOException)
            {
                await output.Error.WriteLineAsync("eval: " + e.Message);
                return 2;
            }
        });
        return command;
    }

    /// <summary>Answers and scores every question; writes each failure to <paramref name="failures"/> when given.</summary>
    internal static EvalTally Score(AnswerService answers, IReadOnlyList<EvalQuestion> questions, EvalRules rules, TextWriter? failures, out Dictionary<string, EvalTally> byLanguage)
    {
        var overall = new EvalTally();
        byLanguage = new Dictionary<string, EvalTally>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var verdict = EvalScorer.Check(question, AskCommand.AnswerLine(answers, question.BatchLine()), rules);
            overall.Add(question, verdict);
            if (!byLanguage.TryGetValue(question.Language, out var tally))
            {
                byLanguage[question.Language] = tally = new EvalTally();
            }
            tally.Add(question, verdict);
            if (!verdict.Passed)
            {
                failures?.WriteLine($"FAIL {question.Id}: {question.Q.ReplaceLineEndings(" ")}: {string.Join("; ", verdict.Reasons)}");
            }
        }
        return overall;
    }
}
