using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Tests.TestSupport;

internal static class ActivityExtensions
{
    public static string Text(this IActivity activity) => activity.AsMessageActivity()?.Text ?? string.Empty;

    public static IReadOnlyList<string> ActionTitles(this IActivity activity) =>
        activity.AsMessageActivity()?.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];

    public static IEnumerable<IMessageActivity> Messages(this IEnumerable<IActivity> activities) =>
        activities.Select(a => a.AsMessageActivity()).OfType<IMessageActivity>();
}
