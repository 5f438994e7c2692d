namespace KnowYourRights.Bot.Web.Pages;

/// <summary>Registers the simple pages' services; their routes are in <see cref="PagesApi"/>.</summary>
public static class PagesHostingExtensions
{
    /// <summary>The parsed paper, read once.</summary>
    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PaperDocument>();
        return builder;
    }
}
