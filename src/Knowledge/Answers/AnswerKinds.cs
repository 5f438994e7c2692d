namespace KnowYourRights.Knowledge.Answers;

/// <summary>Values of <see cref="Answer.Kind"/>.</summary>
public static class AnswerKinds
{
    public const string Card = "card";
    public const string Extractive = "extractive";
    public const string DidYouMean = "didYouMean";
    public const string Decline = "decline";
    public const string Welcome = "welcome";
    public const string Error = "error";

    /// <summary>An answer from ICE's list of 287(g) agreements about a named place (<see cref="Answer.Local287g"/>).</summary>
    public const string Local287g = "local287g";

    /// <summary>Enforcement happening now: the rapid-response hotline first, then the legal-help directories.</summary>
    public const string Urgent = "urgent";
}
