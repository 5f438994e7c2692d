namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// The fields of a card a reviewer may change through the review pack: the text in both languages
/// and the review metadata. Evidence, citations and the as-of date are shown for checking but edited
/// in the card file, since they must match the paper and <c>sources.json</c>.
/// </summary>
public static class CardReviewFields
{
    public const string Question = "question";
    public const string QuestionEs = "questionEs";
    public const string Summary = "summary";
    public const string SummaryEs = "summaryEs";
    public const string Answer = "answer";
    public const string AnswerEs = "answerEs";
    public const string Reviewed = "reviewed";
    public const string ReviewedBy = "reviewedBy";
    public const string ReviewEvery = "reviewEvery";
    public const string ReviewedEs = "reviewedEs";

    /// <summary>Every field an import may change, in the order a diff lists them.</summary>
    public static readonly IReadOnlyList<string> Editable =
        [Question, QuestionEs, Summary, SummaryEs, Answer, AnswerEs, Reviewed, ReviewedBy, ReviewEvery, ReviewedEs];

    /// <summary>The value of <paramref name="field"/> on <paramref name="card"/> as the sheet writes it ("" when absent).</summary>
    public static string ValueOf(AnswerCard card, string field) => field switch
    {
        Question => card.Question,
        QuestionEs => card.QuestionEs ?? string.Empty,
        Summary => card.Summary ?? string.Empty,
        SummaryEs => card.SummaryEs ?? string.Empty,
        Answer => card.Answer,
        AnswerEs => card.AnswerEs ?? string.Empty,
        Reviewed => card.Review.Reviewed is { } reviewed ? CardReview.FormatDate(reviewed) : string.Empty,
        ReviewedBy => card.Review.ReviewedBy ?? string.Empty,
        ReviewEvery => CardReview.FormatInterval(card.Review.EveryMonths),
        ReviewedEs => card.Review.ReviewedEs is { } reviewedEs ? CardReview.FormatDate(reviewedEs) : string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not an editable card field"),
    };
}
