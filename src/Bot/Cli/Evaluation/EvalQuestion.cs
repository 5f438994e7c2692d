using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowYourRights.Bot.Cli.Evaluation;

/// <summary>
/// One line of a question set in <c>eval/</c>: the question, its language, whether the sources
/// cover it (<c>kind</c> "answer") or not ("decline"), and what a right answer must hold.
/// </summary>
/// <param name="Terms">Facts the answer must hold; each lists alternatives with '|' (case-insensitive substrings).</param>
/// <param name="MinTerms">How many of <paramref name="Terms"/> must be found (1 when absent).</param>
/// <param name="Cite">Substrings (alternatives with '|'), one of which a citation's title or URL must hold; empty: no check.</param>
/// <param name="Forbid">Terms (alternatives with '|') none of which may appear in the answer or its quote.</param>
/// <param name="History">The conversation's earlier messages, oldest first, for a follow-up.</param>
public sealed record EvalQuestion(
    string Id,
    string Q,
    string Kind,
    string? Lang = null,
    IReadOnlyList<string>? Terms = null,
    [property: JsonPropertyName("min_terms")] int? MinTerms = null,
    IReadOnlyList<string>? Cite = null,
    IReadOnlyList<string>? Forbid = null,
    IReadOnlyList<string>? History = null)
{
    public const string AnswerKind = "answer";

    public const string DeclineKind = "decline";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The language the set gives, English when it gives none.</summary>
    public string Language => Lang ?? "en";

    public bool InScope => Kind != DeclineKind;

    /// <summary>
    /// The question as an <c>ask --jsonl</c> input line: the question on one line, or, for a
    /// follow-up, <c>{"q", "history"}</c> (the line the project's scorer sends).
    /// </summary>
    public string BatchLine() => History is { Count: > 0 }
        ? JsonSerializer.Serialize(new { q = Q, history = History }, Json)
        : Q.Replace('\n', ' ');

    /// <summary>Reads a set: one JSON object per non-blank line.</summary>
    /// <exception cref="FormatException">A line is not a question (the message names the line).</exception>
    public static IReadOnlyList<EvalQuestion> ParseSet(string text)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            EvalQuestion? question;
            try
            {
                question = JsonSerializer.Deserialize<EvalQuestion>(line, Json);
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {number}: {e.Message}", e);
            }
            if (question is not { Id: not null, Q: not null, Kind: AnswerKind or DeclineKind })
            {
                throw new FormatException($"line {number}: a question needs \"id\", \"q\" and \"kind\" (\"answer\" or \"decline\").");
            }
            questions.Add(question);
        }
        return questions;
    }
}
