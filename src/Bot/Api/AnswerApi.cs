using System.Diagnostics;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Answers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

public static class AnswerApi
{
    /// <summary><c>GET /api/answer?q=…</c>: the same JSON object as <c>ask --json</c>; 400 for a missing or over-long question.</summary>
    public static Results<Ok<Answer>, ProblemHttpResult> Answer(string? q, AnswerService answers, QuestionRecorder recorder)
    {
        if (answers.Validate(q) is { } error)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }
        var started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(q);
        recorder.Record(answer, InsightsChannels.Api, Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(answer);
    }
}
