using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Knowledge.Insights;

/// <summary>
/// How an answer went, for metrics and the unanswered-question log: its kind, and whether it is
/// one the bot failed or was unsure about (a decline, a "did you mean", the sources' words
/// quoted because no card fit, or a card chosen with low confidence).
/// </summary>
public static class QuestionOutcome
{
    /// <summary>The log's outcome for a card answered with less than the configured confidence.</summary>
    public const string LowConfidence = "lowConfidence";

    /// <summary>Every value <see cref="Kind"/> and <see cref="Unanswered"/> can return.</summary>
    public static readonly IReadOnlyList<string> All =
        [AnswerKinds.Card, AnswerKinds.Extractive, AnswerKinds.DidYouMean, AnswerKinds.Decline, AnswerKinds.Welcome, AnswerKinds.Error, AnswerKinds.Local287g, AnswerKinds.Urgent, LowConfidence];

    /// <summary>The answer's kind, as one of <see cref="AnswerKinds"/> (anything else becomes "error").</summary>
    public static string Kind(Answer answer) => All.Contains(answer.Kind) ? answer.Kind : AnswerKinds.Error;

    /// <summary>"en" or "es"; "other" for anything else.</summary>
    public static string Language(Answer answer) => answer.Language is Text.Language.English or Text.Language.Spanish ? answer.Language : "other";

    /// <summary>
    /// The outcome under which the question belongs in the unanswered-question log, or null when
    /// it was answered with a card the bot was sure of (or was a greeting or an error).
    /// </summary>
    public static string? Unanswered(Answer answer, double lowConfidenceBelow) => answer.Kind switch
    {
        AnswerKinds.Decline or AnswerKinds.DidYouMean or AnswerKinds.Extractive => answer.Kind,
        AnswerKinds.Card when answer.Confidence < lowConfidenceBelow => LowConfidence,
        _ => null,
    };
}
