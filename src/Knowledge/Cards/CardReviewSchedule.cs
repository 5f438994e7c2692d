namespace KnowYourRights.Knowledge.Cards;

/// <summary>A card's text (English or Spanish) that is due for review: never reviewed, or its review has run out.</summary>
/// <param name="Reviewed">The last review; null when never.</param>
/// <param name="DueOn">The day the review ran out; null when never reviewed.</param>
public sealed record CardReviewDue(string CardId, string Language, DateOnly? Reviewed, DateOnly? DueOn);

/// <summary>Which cards are due for review on a given day (what <c>index build</c> reports and <c>--strict</c> fails on).</summary>
public static class CardReviewSchedule
{
    /// <summary>Every card text due by <paramref name="today"/>: the English of every card, the Spanish of every card that has one.</summary>
    public static IReadOnlyList<CardReviewDue> Due(IEnumerable<AnswerCard> cards, DateOnly today) =>
        cards.SelectMany(card => Languages(card)
                .Where(language => card.Review.IsDue(today, language))
                .Select(language => new CardReviewDue(card.Id, language, card.Review.ReviewedIn(language), card.Review.DueOn(language))))
            .ToList();

    private static IEnumerable<string> Languages(AnswerCard card) =>
        card.AnswerEs is null ? [Text.Language.English] : [Text.Language.English, Text.Language.Spanish];
}
