namespace KnowYourRights.Bot.Cli.Evaluation;

/// <summary>How one item fared: passed or not, why not, its kind of error, and the answer's reading grade.</summary>
/// <param name="Grade">The Flesch-Kincaid grade of an answered item's text; null when not answered or under five words.</param>
public sealed record EvalVerdict(bool Passed, IReadOnlyList<string> Reasons, EvalError Error, double? Grade);
