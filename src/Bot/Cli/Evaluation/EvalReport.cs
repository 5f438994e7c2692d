using System.Globalization;

namespace KnowYourRights.Bot.Cli.Evaluation;

/// <summary>
/// The lines a run prints for one set: the error kinds and the score overall, in the project's
/// scorer's words (so the two can be compared line for line), then one line per language.
/// </summary>
public static class EvalReport
{
    public static IEnumerable<string> Lines(EvalTally overall, IReadOnlyDictionary<string, EvalTally> byLanguage)
    {
        yield return "errors: " + Errors(overall);
        var kinds = string.Join(" ", overall.ByKind.Select(k => $"{k.Key}={k.Value.Passed}/{k.Value.Total}"));
        var grades = overall.EnglishGrades;
        var mean = grades.Count > 0 ? Number(grades.Average()) : "nan";
        var highest = grades.Count > 0 ? ", highest " + Number(grades.Max()) : string.Empty;
        yield return $"score: {overall.Passed}/{overall.Total} passed ({Percent(overall.Passed, overall.Total)}); {kinds}; mean reading grade (en answers) {mean}{highest}";
        foreach (var (language, tally) in byLanguage.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            yield return $"  {language}: {tally.Passed}/{tally.Total} passed ({Percent(tally.Passed, tally.Total)}); {Errors(tally)}";
        }
    }

    private static string Errors(EvalTally t) =>
        $"in-scope answered wrong or partly {Share(t.AnsweredWrong, t.InScope)}, " +
        $"in-scope not answered {Share(t.NotAnswered, t.InScope)}, " +
        $"out-of-scope answered {Share(t.OutOfScopeAnswered, t.OutOfScope)}";

    private static string Share(int count, int of) => of == 0 ? "0/0" : $"{count}/{of} ({Percent(count, of)})";

    private static string Percent(int count, int of) =>
        of == 0 ? "0%" : Math.Round(100.0 * count / of, MidpointRounding.ToEven).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
