using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// What the admin page shows: the live index and its refreshes, and the insights of the retention
/// window: questions, the unanswered ones grouped, votes on answers and the questions voted not helpful.
/// </summary>
internal sealed record AdminDashboard(
    AdminIndexStatus Index,
    InsightsOptions Insights,
    DateOnly FirstDay,
    DateOnly Today,
    IReadOnlyList<QuestionCount> Counts,
    IReadOnlyList<UnansweredGroup> Groups,
    AnswerCardCatalog Cards,
    int MostlyRedacted,
    IReadOnlyList<FeedbackCount> Votes,
    IReadOnlyList<UnansweredQuestion> NotHelpful)
{
    /// <summary>The most recent logged questions grouped on the page (older ones are still kept until retention).</summary>
    public const int MaxGroupedQuestions = 500;

    public static AdminDashboard Load(KnowledgeIndex index, AdminRefreshRunner runner, InsightsStore store, IOptions<InsightsOptions> options, TimeProvider time, KnownWordsFilter filter)
    {
        var settings = options.Value;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var firstDay = today.AddDays(1 - settings.RetentionDays);
        var counts = settings.Enabled ? store.Counts(firstDay) : [];
        // Filtered again as shown: rows written before the filter existed pass through it too.
        var unanswered = (settings.Enabled ? store.Unanswered(firstDay, MaxGroupedQuestions) : [])
            .Select(q => q with { Text = filter.Filter(q.Text) })
            .ToList();
        // A question voted not helpful got a card: it is listed with that card, not grouped for ways of asking.
        var notHelpful = unanswered.Where(q => q.Outcome == FeedbackVotes.NotHelpful).ToList();
        unanswered = unanswered.Where(q => q.Outcome != FeedbackVotes.NotHelpful).ToList();
        var votes = settings.Enabled ? store.FeedbackCounts(firstDay) : [];
        using var lease = index.Acquire();
        var groups = QuestionGroups.Group(unanswered.Select(q => q.Text).ToList(), lease.Snapshot)
            .Select(members => new UnansweredGroup(members.Select(i => unanswered[i]).ToList()))
            .ToList();
        var mostlyRedacted = unanswered.Count(q => KnownWordsFilter.IsMostlyRedacted(q.Text));
        return new AdminDashboard(AdminApi.Status(index, runner), settings, firstDay, today, counts, groups, lease.Snapshot.Cards, mostlyRedacted, votes, notHelpful);
    }
}

/// <summary>Similar logged questions, oldest-kept first as grouped; <see cref="Id"/> is its first question's row id.</summary>
internal sealed record UnansweredGroup(IReadOnlyList<UnansweredQuestion> Questions)
{
    public long Id => Questions[0].Id;
}
