using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// Where a channel reports an answered message, once per message: it is counted in the metrics
/// and, when insights are on, queued for the insights database — the unanswered and unsure ones
/// with their scrubbed text when <see cref="InsightsOptions.StoreText"/>. Never blocks.
/// </summary>
public sealed class QuestionRecorder(KnowledgeMetrics metrics, InsightsQueue queue, IOptions<InsightsOptions> options, TimeProvider time)
{
    /// <param name="channelId">The channel's id as the activity carries it, or <see cref="InsightsChannels.Api"/>.</param>
    /// <param name="keepText">
    /// False for a channel that promises never to store what was said (the phone line): the
    /// question is then counted like the others, but its text is never queued, whatever
    /// <see cref="InsightsOptions.StoreText"/> says.
    /// </param>
    public void Record(Answer answer, string? channelId, TimeSpan elapsed, bool keepText = true)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var channel = InsightsChannels.Name(channelId);
        metrics.QuestionAnswered(channel, answer, elapsed);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        var unanswered = QuestionOutcome.Unanswered(answer, settings.LowConfidenceBelow);
        queue.Add(new InsightsEntry(
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            channel,
            QuestionOutcome.Language(answer),
            QuestionOutcome.Kind(answer),
            answer.CardId,
            unanswered,
            unanswered is not null && settings.StoreText && keepText ? answer.Question : null));
    }
}
