using System.Text.Json.Serialization;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The answer to one question: what the bot says and everything needed to show where it comes
/// from. Serialized as the <c>ask --json</c> object and by <c>GET /api/answer</c>.
/// </summary>
public sealed record Answer
{
    public required string Question { get; init; }

    /// <summary>True when the knowledge supports an answer; false for declines, greetings and errors.</summary>
    public required bool Answered { get; init; }

    /// <summary>How the reply was made: card, extractive, decline, welcome or error.</summary>
    public required string Kind { get; init; }

    /// <summary>Plain text with [n] markers that point into <see cref="Citations"/>.</summary>
    [JsonPropertyName("answer")]
    public required string Text { get; init; }

    /// <summary>
    /// A card's summary of <see cref="Text"/> in its language, in one SMS segment with [n] markers
    /// into <see cref="Citations"/>: what SMS sends first. Null for anything but one card's answer.
    /// </summary>
    public string? Summary { get; init; }

    public IReadOnlyList<AnswerCitation> Citations { get; init; } = [];

    /// <summary>ISO date the facts are as of (null when nothing was answered).</summary>
    public string? AsOf { get; init; }

    /// <summary>Weighted share of the question's concepts the answer's source covers (0–1).</summary>
    public double Confidence { get; init; }

    public IReadOnlyList<AnswerPassage> Passages { get; init; } = [];

    /// <summary>The not-legal-advice notice, in the answer's language.</summary>
    public required string Notice { get; init; }

    /// <summary>"en" or "es": the language of the question, and of the answer when one is written in it.</summary>
    public required string Language { get; init; }

    public IReadOnlyList<AnswerChoice> FollowUps { get; init; } = [];

    public IReadOnlyList<AnswerChoice> DidYouMean { get; init; } = [];

    public string? CardId { get; init; }

    /// <summary>A short quote from the paper behind a card's plain answer, kept apart from it.</summary>
    public AnswerQuote? Quote { get; init; }

    /// <summary>When the card's text, in the language it is given in, was last reviewed against its sources (card answers only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnswerReview? Review { get; init; }

    /// <summary>Flesch-Kincaid grade of <see cref="Text"/>.</summary>
    public double? ReadingGrade { get; init; }

    /// <summary>The retrieval scores that decided this answer (ids and scores only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RetrievalScores? Retrieval { get; init; }

    /// <summary>For an answer from ICE's 287(g) list: the list's date, the matched agencies and their agreements.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalAgreementFacts? Local287g { get; init; }

    /// <summary>
    /// What the conversation keeps for its next message in place of <see cref="CardId"/> (the place
    /// an answer from ICE's list was about, see <see cref="PlaceContext"/>); null for other answers.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Context { get; init; }

    /// <summary>What a channel keeps for the next message: the <see cref="Context"/>, else the card.</summary>
    [JsonIgnore]
    public string? Topic => Context ?? CardId;

    /// <summary>The rapid-response hotline an urgent answer leads with (null when none is configured, and for every other kind).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UrgentHotline? Hotline { get; init; }

    /// <summary>Why the question could not be taken (over-long, empty), when <see cref="Kind"/> is "error".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
}

/// <summary>A numbered source: <c>[Number]</c> in the answer text.</summary>
/// <param name="Url">
/// Where to read the source. For the paper: its page on this site, at the paragraph the answer
/// rests on (<c>/paper#paper-012</c>, absolute when the public base URL is configured).
/// </param>
public sealed record AnswerCitation(int Number, string Id, string Title, string? Url, string? Publisher, string? Date)
{
    /// <summary>
    /// For a citation of the paper: the id of the paragraph or list item the answer rests on (for a
    /// card, its evidence's paragraph), which is also that paragraph's anchor on the paper page. Null
    /// for every other source.
    /// </summary>
    public string? PassageId { get; init; }
}

/// <summary>A retrieved passage or card shown for transparency.</summary>
public sealed record AnswerPassage(string Id, string Heading, string Text, double Score);

/// <summary>A question the user can pick next (follow-up, "did you mean").</summary>
public sealed record AnswerChoice(string Id, string Question)
{
    /// <summary>A card as a choice, labelled with its question in the reader's language (its Spanish question when it has one).</summary>
    public static AnswerChoice For(Cards.AnswerCard card, string language) =>
        new(card.Id, language == Text.Language.Spanish && card.QuestionEs is { } spanish ? spanish : card.Question)
        {
            Label = language == Text.Language.Spanish ? card.MenuLabelEs ?? card.QuestionEs ?? card.MenuLabel : card.MenuLabel,
        };

    /// <summary>
    /// The card's short menu label in the reader's language (<see cref="Cards.AnswerCard.MenuLabel"/>),
    /// for a list where every character costs; null when it has none (show <see cref="Question"/>).
    /// </summary>
    [JsonIgnore]
    public string? Label { get; init; }
}

/// <summary>
/// When a card's text was last checked against its sources and when that review runs out; the
/// renderer decides "due for review" on its own clock, since an answer may be cached for days.
/// </summary>
/// <param name="Reviewed">The last review of the text in the answer's language; null when never reviewed.</param>
/// <param name="DueOn">The day that review runs out; null when never reviewed.</param>
public sealed record AnswerReview(DateOnly? Reviewed, DateOnly? DueOn)
{
    /// <summary>The review of <paramref name="card"/>'s text in <paramref name="language"/>.</summary>
    public static AnswerReview For(Cards.AnswerCard card, string language) =>
        new(card.Review.ReviewedIn(language), card.Review.DueOn(language));

    /// <summary>True when never reviewed, or when the review ran out by <paramref name="today"/>.</summary>
    public bool IsDue(DateOnly today) => DueOn is not { } due || today >= due;
}

/// <summary>A supporting quote and the citation id (source id) it comes from.</summary>
public sealed record AnswerQuote(string Text, string CitationId);
