namespace KnowYourRights.Bot.Insights;

/// <summary>How many questions one day had on one channel, in one language, with one outcome and card.</summary>
public sealed record QuestionCount(DateOnly Day, string Channel, string Language, string Outcome, string? CardId, long Count);

/// <summary>One logged question the bot failed or was unsure about: its scrubbed text and where and how it was asked.</summary>
public sealed record UnansweredQuestion(long Id, DateOnly Day, string Channel, string Language, string Outcome, string Text)
{
    /// <summary>The card the answer gave (an unsure card, or the card voted not helpful); null for a decline.</summary>
    public string? CardId { get; init; }
}

/// <summary>How many votes of one kind (<see cref="FeedbackVotes"/>) a card got on one day, on one channel, in one language.</summary>
public sealed record FeedbackCount(DateOnly Day, string Channel, string Language, string CardId, string Vote, long Count);
