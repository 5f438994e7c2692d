using KnowYourRights.Knowledge.Answers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

public static class AnswerApi
{
    /// <summary><c>GET /api/answer?q=…</c>: the same JSON object as <c>ask --json</c>; 400 for a missing or over-long question.</summary>
    public static Results<Ok<Answer>, ProblemHttpResult> Answer(string? q, AnswerService answers) =>
        answers.Validate(q) is { } error
            ? TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Ok(answers.Ask(q));
}
