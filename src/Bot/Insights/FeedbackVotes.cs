namespace KnowYourRights.Bot.Insights;

/// <summary>
/// The two votes a person can give an answer ("was this helpful?"), as stored and counted. A
/// vote arrives in a request, so it is only ever stored as one of these constants.
/// </summary>
public static class FeedbackVotes
{
    public const string Helpful = "helpful";

    /// <summary>Also the outcome under which the voted answer's scrubbed question is logged.</summary>
    public const string NotHelpful = "not-helpful";

    /// <summary>The vote named by <paramref name="value"/>, or null for anything else.</summary>
    public static string? Parse(string? value) => value switch
    {
        Helpful => Helpful,
        NotHelpful => NotHelpful,
        _ => null,
    };
}
