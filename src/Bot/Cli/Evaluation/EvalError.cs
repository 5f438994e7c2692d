namespace KnowYourRights.Bot.Cli.Evaluation;

/// <summary>
/// The kind of error an item shows, worst first as a reader meets them: a wrong answer misleads,
/// a missed one sends the reader elsewhere, an out-of-scope one answers what the sources do not cover.
/// </summary>
public enum EvalError
{
    None,

    /// <summary>In scope, answered, but without enough of the expected facts or with a forbidden one.</summary>
    AnsweredWrong,

    /// <summary>In scope and not answered.</summary>
    NotAnswered,

    /// <summary>Out of scope and answered anyway.</summary>
    OutOfScopeAnswered,
}
