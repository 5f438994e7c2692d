using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Hosting.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
namespace KnowYourRights.Bot.Web.Pages;

/// <summary>Registers and maps the simple pages (see <see cref="PagesApi"/>).</summary>
public static class PagesHostingExtensions
{
    /// <summary>The parsed paper, read once.</summary>
    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PaperDocument>();
        // Today's date decides whether a card is due for review.
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary><c>/paper</c>, <c>/sources</c>, <c>/topics</c>, <c>/topics/{cardId}</c>, <c>/topics/287g-local[/{state}]</c> and <c>/ask</c>.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/paper", HttpMethodsGetHead.Both, PagesApi.Paper);
        app.MapMethods("/sources", HttpMethodsGetHead.Both, PagesApi.Sources);
        app.MapMethods("/topics", HttpMethodsGetHead.Both, PagesApi.Topics);
        app.MapMethods("/topics/{cardId}", HttpMethodsGetHead.Both, PagesApi.Topic);
        app.MapMethods(LocalAgreementsPage.Path, HttpMethodsGetHead.Both, PagesApi.LocalAgreements);
        app.MapMethods(LocalAgreementsPage.Path + "/{state}", HttpMethodsGetHead.Both, PagesApi.LocalAgreementsInState);
        app.MapMethods("/ask", HttpMethodsGetHead.Both, PagesApi.Ask).RequireRateLimiting(RateLimitPolicies.AskPage);
        return app;
    }
}
