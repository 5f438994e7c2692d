using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>Registers the simple pages' services; their routes are in <see cref="PagesApi"/>.</summary>
public static class PagesHostingExtensions
{
    /// <summary>The parsed paper, read once.</summary>
    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PaperDocument>();
        // /topics puts the most-asked cards first, from the insights' per-card counts.
        builder.Services.AddSingleton<TopicPopularity>();
        // Today's date decides whether a card is due for review.
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
