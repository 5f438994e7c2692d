namespace KnowYourRights.Bot.Insights;

/// <summary>
/// What a vote is about, as the server wrote it when it gave the answer: the card, the answer's
/// language, the question as the answer holds it (personal details already removed; null when
/// <see cref="InsightsOptions.StoreText"/> is off) and when the answer was given. It travels to
/// the client and back sealed by <see cref="FeedbackTickets"/>, so a vote can only be about an
/// answer the bot gave, and carries no id of who asked.
/// </summary>
public sealed record FeedbackTicket(string CardId, string Language, string? Question, DateTimeOffset Issued);
