using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// An answer as <c>/api/answer</c> sends it: its question through the <see cref="KnownWordsFilter"/>,
/// written as JSON with the app's options. Made once per answer object: a repeated question gets
/// the same object from the answer cache, so filtering and writing its JSON (together a fifth of a
/// repeated question's CPU, docs/performance.md) are done once, not per request. The bytes live as
/// long as the answer object does (a weak table): nothing is kept past the answer cache.
/// </summary>
/// <remarks>
/// ASP.NET Core's output cache would keep whole responses, but a cached response skips the
/// endpoint, so the question would not be counted (<see cref="Insights.QuestionRecorder"/>).
/// </remarks>
public sealed class SentAnswers
{
    private readonly ConditionalWeakTable<Answer, byte[]> _sent = [];
    private readonly ConditionalWeakTable<Answer, byte[]>.CreateValueCallback _write;

    public SentAnswers(KnownWordsFilter filter, IOptions<JsonOptions> json)
    {
        var options = json.Value.SerializerOptions;
        _write = answer => JsonSerializer.SerializeToUtf8Bytes(answer with { Question = filter.Filter(answer.Question) }, options);
    }

    /// <summary>The 200 response that sends <paramref name="answer"/>.</summary>
    public AnswerJsonResult Ok(Answer answer) => new(_sent.GetValue(answer, _write));
}
