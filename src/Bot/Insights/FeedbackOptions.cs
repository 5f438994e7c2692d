namespace KnowYourRights.Bot.Insights;

/// <summary>
/// Configuration section "Feedback": the "was this helpful?" buttons on card answers (Web Chat's
/// thumbs up and down, two buttons on <c>/ask</c>). What a vote keeps is in docs/privacy.md.
/// </summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>Off: answers carry no feedback buttons and votes are refused.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long after an answer it can still be rated (a chat idles out after an hour; an <c>/ask</c> page can stay open).</summary>
    public TimeSpan TicketLifetime { get; set; } = TimeSpan.FromDays(1);

    public bool HasValidLifetime => TicketLifetime > TimeSpan.Zero && TicketLifetime <= TimeSpan.FromDays(30);
}
