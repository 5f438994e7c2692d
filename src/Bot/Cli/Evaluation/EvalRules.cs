namespace KnowYourRights.Bot.Cli.Evaluation;

/// <summary>The optional, stricter checks of a run (the project's scorer's options of the same names).</summary>
/// <param name="RequireCitations">Fail any answered in-scope item that cites nothing.</param>
/// <param name="MaxAnswerGrade">Fail any answered English item whose reading grade is above this.</param>
public sealed record EvalRules(bool RequireCitations = false, double? MaxAnswerGrade = null)
{
    public static readonly EvalRules Default = new();
}
