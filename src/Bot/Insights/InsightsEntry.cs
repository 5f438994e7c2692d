namespace KnowYourRights.Bot.Insights;

/// <summary>
/// What is kept of one answered message: its day (no time of day), channel, language, the
/// answer's outcome and card — and, for an unanswered or unsure one, the outcome it is logged
/// under and its scrubbed text (null when text is not kept). No conversation, sender or IP.
/// </summary>
public sealed record InsightsEntry(
    DateOnly Day, string Channel, string Language, string Outcome, string? CardId, string? UnansweredOutcome, string? Text);
