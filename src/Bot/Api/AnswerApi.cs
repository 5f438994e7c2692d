using System.Diagnostics;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

public static class AnswerApi
{
    /// <summary>Maps <c>GET /api/answer?q=…</c> (see <see cref="Answer"/>), rate limited.</summary>
    public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/answer", Answer)
            .WithName("answerQuestion")
            .WithTags(ApiDocument.AnswersTag)
            .WithSummary("Answer a question, as the chat would")
            .WithDescription("The same JSON object as 'ask --json'. 400 for a missing, blank or over-long question.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(ApiDocument.DescribeQuestion)
            .RequireRateLimiting(RateLimitPolicies.AnswerApi);
        return app;
    }

    /// <summary>
    /// <c>GET /api/answer?q=…</c>: the same JSON object as <c>ask --json</c>; 400 for a missing or
    /// over-long question. The question it echoes is the one written anywhere: scrubbed, and
    /// through the <see cref="KnownWordsFilter"/> (a response is a thing a proxy or a client may keep).
    /// </summary>
    public static Results<Ok<Answer>, ProblemHttpResult> Answer(string? q, AnswerService answers, QuestionRecorder recorder, KnownWordsFilter filter)
    {
        if (answers.Validate(q) is { } error)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }
        var started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(q);
        recorder.Record(answer, InsightsChannels.Api, Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(answer with { Question = filter.Filter(answer.Question) });
    }
}
