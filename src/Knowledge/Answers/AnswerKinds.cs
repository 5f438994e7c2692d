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

    /// <summary>Enforcement happening now: the rapid-response hotline first, then the legal-help directories.</summary>
    public const string Urgent = "urgent";
}
