namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// A curated plain-language answer, written by hand from the paper and its sources
/// (<c>seeds/answers/ID.md</c>). Cards are how the bot reaches a grade-6 reading level
/// without inventing legal information.
/// </summary>
public sealed record AnswerCard
{
    /// <summary>Short, shareable id (<c>/?topic=detainers</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Menu and button title.</summary>
    public required string Topic { get; init; }

    /// <summary>The canonical question, offered as a follow-up.</summary>
    public required string Question { get; init; }

    /// <summary>The canonical question in Spanish: the label of this card in Spanish menus, follow-ups and "did you mean".</summary>
    public string? QuestionEs { get; init; }

    /// <summary>
    /// A short name for the topic list where every character costs (the SMS welcome lists the
    /// menu's topics in its first message): a few words, "Courthouse arrests". Null: the question.
    /// </summary>
    public string? MenuLabel { get; init; }

    /// <summary>The same in Spanish ("Arrestos en la corte"). Null: the Spanish question.</summary>
    public string? MenuLabelEs { get; init; }

    /// <summary>ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the card's facts are as of.</summary>
    public required string AsOf { get; init; }

    /// <summary>
    /// The kinds of question the card answers (front matter <c>kinds</c>: what, how-many, how-long,
    /// when, who, why, should, legal, help), read from what its text holds: numbers, dates, names,
    /// reasons, the paper's recommendations, what courts said. A follow-up that changes the kind
    /// ("and how many?", "why?") moves to the card of the topic that answers it.
    /// </summary>
    public IReadOnlyList<Text.QuestionKind> Kinds { get; init; } = [Text.QuestionKind.What];

    /// <summary>True when the card answers questions of <paramref name="kind"/>.</summary>
    public bool Answers(Text.QuestionKind kind) => Kinds.Contains(kind);

    /// <summary>Ways people ask it: plain, informal, misspelled, Spanish.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>
    /// Every question this card answers as written: the canonical question, its Spanish one and the
    /// ways of asking. The Spanish question is a button label in Spanish menus and follow-ups, so
    /// someone who types or taps it must reach this card, not a neighbour the English-only sentence
    /// model reads it as.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> WaysOfAsking =>
        Questions.Prepend(Question).Concat(QuestionEs is null ? [] : [QuestionEs]).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Source ids; the answer's [n] markers count from 1 in this order.</summary>
    public IReadOnlyList<string> Citations { get; init; } = [];

    /// <summary>Exact quotes from the paper the card rests on; the first is shown as the supporting quote.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The citation that backs the first evidence quote (default: the paper).</summary>
    public string? EvidenceSource { get; init; }

    public IReadOnlyList<string> FollowUps { get; init; } = [];

    /// <summary>The plain-English answer, with [n] citation markers.</summary>
    public required string Answer { get; init; }

    /// <summary>The same answer in plain Spanish, when written.</summary>
    public string? AnswerEs { get; init; }

    /// <summary>
    /// The main thing of <see cref="Answer"/> in one SMS segment, with its [n] markers: what an SMS
    /// sends first, the full answer coming on MORE (rules: <see cref="CardSummaryRules"/>).
    /// </summary>
    public string? Summary { get; init; }

    /// <summary>The Spanish summary of <see cref="AnswerEs"/>, under the same rules.</summary>
    public string? SummaryEs { get; init; }

    /// <summary>Who checked the card against its sources and when (front matter <c>reviewed</c>, <c>reviewedBy</c>, <c>reviewEvery</c>, <c>reviewedEs</c>).</summary>
    public CardReview Review { get; init; } = CardReview.Never;
}
