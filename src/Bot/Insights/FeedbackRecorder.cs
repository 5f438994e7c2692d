using System.Diagnostics.Metrics;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// Where a channel reports a vote on an answer: counted per card, channel, language and day
/// (metric <c>kyr.feedback</c> and, with insights on, the database), and for "not helpful" the
/// answer's scrubbed question queued for the insights log under outcome
/// <see cref="FeedbackVotes.NotHelpful"/> (it is usually a wrong answer). Nothing about who voted.
/// </summary>
public sealed class FeedbackRecorder
{
    private readonly KnowledgeIndex _index;
    private readonly InsightsQueue _queue;
    private readonly IOptions<InsightsOptions> _options;
    private readonly TimeProvider _time;
    private readonly Counter<long> _votes;

    public FeedbackRecorder(KnowledgeIndex index, InsightsQueue queue, IOptions<InsightsOptions> options, TimeProvider time, IMeterFactory meters)
    {
        _index = index;
        _queue = queue;
        _options = options;
        _time = time;
        _votes = meters.Create(InsightsQueue.MeterName).CreateCounter<long>("kyr.feedback", "{vote}", "Votes on answers, by channel, language, card and vote.");
    }

    /// <summary>Records the vote; false (and nothing kept) for an unknown vote or a card the live index does not hold.</summary>
    /// <param name="channelId">The channel's id as the activity carries it, or <see cref="InsightsChannels.Page"/>.</param>
    public bool Record(FeedbackTicket ticket, string? vote, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (FeedbackVotes.Parse(vote) is not { } known || !_index.Current.Cards.TryGet(ticket.CardId, out var card))
        {
            return false;
        }
        var channel = InsightsChannels.Name(channelId);
        // Written from the closed sets only: the card as the index spells it, "en"/"es"/"other".
        var language = ticket.Language is Language.English or Language.Spanish ? ticket.Language : "other";
        _votes.Add(
            1,
            new KeyValuePair<string, object?>("channel", channel),
            new KeyValuePair<string, object?>("language", language),
            new KeyValuePair<string, object?>("card", card.Id),
            new KeyValuePair<string, object?>("vote", known));
        var settings = _options.Value;
        if (!settings.Enabled)
        {
            return true;
        }
        var keepText = known == FeedbackVotes.NotHelpful && settings.StoreText && !string.IsNullOrWhiteSpace(ticket.Question);
        _queue.Add(new InsightsEntry(
            DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime),
            channel,
            language,
            known,
            card.Id,
            keepText ? FeedbackVotes.NotHelpful : null,
            keepText ? ticket.Question : null)
        {
            Vote = known,
        });
        return true;
    }
}
