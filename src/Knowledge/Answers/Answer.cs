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

    /// <summary>Flesch-Kincaid grade of <see cref="Text"/>.</summary>
    public double? ReadingGrade { get; init; }

    /// <summary>The retrieval scores that decided this answer (ids and scores only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RetrievalScores? Retrieval { get; init; }

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
        new(card.Id, language == Text.Language.Spanish && card.QuestionEs is { } spanish ? spanish : card.Question);
}

/// <summary>A supporting quote and the citation id (source id) it comes from.</summary>
public sealed record AnswerQuote(string Text, string CitationId);
