namespace KnowYourRights.Bot.Insights;

/// <summary>
/// What is kept of one answered message: its day (no time of day), channel, language, the
/// answer's outcome and card — and, for an unanswered or unsure one, the outcome it is logged
/// under and its scrubbed text (null when text is not kept). No conversation, sender or IP.
/// </summary>
/// <remarks>
/// With <see cref="Vote"/> set it is a vote on an answer instead (<see cref="FeedbackRecorder"/>):
/// counted per day, channel, language, card and vote, not as a question; a "not helpful" one
/// carries the answer's question to the log under outcome <see cref="FeedbackVotes.NotHelpful"/>.
/// </remarks>
public sealed record InsightsEntry(
    DateOnly Day, string Channel, string Language, string Outcome, string? CardId, string? UnansweredOutcome, string? Text)
{
    /// <summary>A <see cref="FeedbackVotes"/> value for a vote; null for an answered message.</summary>
    public string? Vote { get; init; }
}
