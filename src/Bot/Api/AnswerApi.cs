using System.Diagnostics;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

public static class AnswerApi
{
    /// <summary>Maps <c>GET /api/answer?q=…</c> (see <see cref="Answer"/>) and <c>POST /api/answer</c> (see <see cref="AskAsync"/>), rate limited alike.</summary>
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
        app.MapPost("/api/answer", AskAsync)
            .WithName("askQuestion")
            .WithTags(ApiDocument.AnswersTag)
            .WithSummary("Answer a question sent as JSON, as the chat would")
            .WithDescription("For questions too long for a URL (any script, counted in characters) and follow-ups: {\"q\", \"lang\"?, \"history\"?}. "
                + "The same JSON object as GET. 400 for a body that is not valid JSON or a missing, blank or over-long question; "
                + "413 for a body over the size any valid request needs; 415 when it is not sent as application/json.")
            // The body is described by DescribeQuestionBody, not Accepts<T>: Accepts makes routing answer another content type with a bare 415.
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(ApiDocument.DescribeQuestionBody)
            .RequireRateLimiting(RateLimitPolicies.AnswerApi);
        return app;
    }

    /// <summary>
    /// <c>GET /api/answer?q=…</c>: the same JSON object as <c>ask --json</c>; 400 for a missing or
    /// over-long question. The question it echoes is the one written anywhere: scrubbed, and
    /// through the <see cref="KnownWordsFilter"/> (a response is a thing a proxy or a client may keep; see <see cref="SentAnswers"/>).
    /// </summary>
    public static Results<AnswerJsonResult, ProblemHttpResult> Answer(string? q, AnswerService answers, QuestionRecorder recorder, SentAnswers sent)
    {
        if (answers.Validate(q) is { } error)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }
        var started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(q);
        recorder.Record(answer, InsightsChannels.Api, Stopwatch.GetElapsedTime(started));
        return sent.Ok(answer);
    }

    /// <summary>
    /// <c>POST /api/answer</c> with <see cref="AnswerRequest"/>: the GET's answer, for a question of
    /// any script up to the character limit, after the conversation's earlier messages, in the
    /// asked language when the answer is a card.
    /// </summary>
    public static async Task<Results<AnswerJsonResult, ProblemHttpResult>> AskAsync(
        HttpRequest request, AnswerService answers, QuestionRecorder recorder, SentAnswers sent, CancellationToken cancel)
    {
        var (body, problem) = await AnswerRequestBody.ReadAsync(request, answers.MaxQuestionLength, cancel);
        if (problem is not null)
        {
            return problem;
        }
        if (answers.Validate(body!.Q) is { } error)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }
        var started = Stopwatch.GetTimestamp();
        var answer = InLanguage(answers.AskInConversation(body.Q, body.History ?? []), body.Lang, answers);
        recorder.Record(answer, InsightsChannels.Api, Stopwatch.GetElapsedTime(started));
        return sent.Ok(answer);
    }

    /// <summary>A card's answer in <paramref name="lang"/> when it was asked for and differs from the question's; any other answer as it is.</summary>
    private static Answer InLanguage(Answer answer, string? lang, AnswerService answers)
    {
        if (string.IsNullOrEmpty(lang) || answer.Kind != AnswerKinds.Card || answer.CardId is not { } cardId
            || string.Equals(answer.Language, lang, StringComparison.OrdinalIgnoreCase))
        {
            return answer;
        }
        return answers.ForCard(cardId, lang.ToLowerInvariant()) is { } card ? card with { Question = answer.Question } : answer;
    }
}
