using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>Loads <see cref="AdminDashboard"/> from the services it reads (one injectable for the page's handlers).</summary>
internal sealed class AdminDashboardSource(KnowledgeIndex index, AdminRefreshRunner runner, InsightsStore store, IOptions<InsightsOptions> options, TimeProvider time, KnownWordsFilter filter)
{
    public AdminDashboard Load() => AdminDashboard.Load(index, runner, store, options, time, filter);
}
