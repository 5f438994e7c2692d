using KnowYourRights.Bot.Hosting.RateLimiting;
namespace KnowYourRights.Bot.Web.Pages;

/// <summary>Registers and maps the simple pages (see <see cref="PagesApi"/>).</summary>
public static class PagesHostingExtensions
{
    /// <summary>The parsed paper, read once.</summary>
    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PaperDocument>();
        return builder;
    }

    /// <summary><c>/paper</c>, <c>/sources</c>, <c>/topics</c>, <c>/topics/{cardId}</c> and <c>/ask</c>.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/paper", PagesApi.Paper);
        app.MapGet("/sources", PagesApi.Sources);
        app.MapGet("/topics", PagesApi.Topics);
        app.MapGet("/topics/{cardId}", PagesApi.Topic);
        app.MapGet("/ask", PagesApi.Ask).RequireRateLimiting(RateLimitPolicies.AskPage);
        return app;
    }
}
