using System.Diagnostics.Metrics;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Insights;

/// <summary>
/// The knowledge core's metrics (meter <see cref="MeterName"/>): questions answered, by channel,
/// language, outcome and card; how long answers take; the live index; refreshes and rollbacks.
/// </summary>
/// <remarks>
/// Every tag value comes from a closed set — a channel name the app chose, "en"/"es", an
/// <see cref="AnswerKinds"/> value, a card id of the live index — never from what a person
/// typed, so no metric can carry a question, a name or an id.
/// </remarks>
public sealed class KnowledgeMetrics
{
    public const string MeterName = "KnowYourRights.Knowledge";

    /// <summary>Answer latency buckets, in seconds: the lexical path answers in ~10 ms, hybrid in ~30–60 ms.</summary>
    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _refreshes;
    private readonly Counter<long> _rollbacks;

    public KnowledgeMetrics(IMeterFactory meters, KnowledgeIndex index)
    {
        var meter = meters.Create(MeterName);
        _questions = meter.CreateCounter<long>("kyr.questions", "{question}", "Questions answered, by channel, language, outcome and card.");
        _latency = meter.CreateHistogram(
            "kyr.answer.duration", "s", "Time to answer one message.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _refreshes = meter.CreateCounter<long>("kyr.index.refreshes", "{refresh}", "Index refreshes run by this process, by outcome (live, not_live, did_not_run).");
        _rollbacks = meter.CreateCounter<long>("kyr.index.rollbacks", "{rollback}", "Index rollbacks run by this process, by outcome (done, refused).");
        meter.CreateObservableGauge(
            "kyr.index.live", () => new Measurement<int>(1, new KeyValuePair<string, object?>("version", index.Current.Version)),
            description: "The index version this process answers from (the version tag; the value is always 1).");
        meter.CreateObservableGauge(
            "kyr.index.documents", () => index.Current.DocumentCount, "{document}", "Documents in the live index version.");
    }

    /// <summary>Counts one answered message and its latency.</summary>
    /// <param name="channel">The channel's name, from a closed set the caller chose.</param>
    public void QuestionAnswered(string channel, Answer answer, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var outcome = QuestionOutcome.Kind(answer);
        _questions.Add(
            1,
            new KeyValuePair<string, object?>("channel", channel),
            new KeyValuePair<string, object?>("language", QuestionOutcome.Language(answer)),
            new KeyValuePair<string, object?>("outcome", outcome),
            new KeyValuePair<string, object?>("card", answer.CardId ?? "none"));
        _latency.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("channel", channel),
            new KeyValuePair<string, object?>("outcome", outcome));
    }

    /// <summary>A refresh ended: live, or built but refused (nothing changed).</summary>
    public void RefreshFinished(bool live) => _refreshes.Add(1, new KeyValuePair<string, object?>("outcome", live ? "live" : "not_live"));

    /// <summary>A refresh could not run (busy, unreadable seeds, stopped).</summary>
    public void RefreshDidNotRun() => _refreshes.Add(1, new KeyValuePair<string, object?>("outcome", "did_not_run"));

    public void RolledBack(bool done) => _rollbacks.Add(1, new KeyValuePair<string, object?>("outcome", done ? "done" : "refused"));
}
