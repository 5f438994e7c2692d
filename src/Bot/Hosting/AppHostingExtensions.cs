using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Hosting;

/// <summary>Registers what several ways in share: the app's public address (see <see cref="AppOptions"/> and <see cref="PublicLinks"/>), which the web pages, the outreach kit, the command line and channels that send links use.</summary>
public static class AppHostingExtensions
{
    /// <summary>
    /// <c>App:PublicBaseUrl</c>, validated on start, and the links made from it. The paper's
    /// citation links (<c>/paper#id</c>) in every answer become absolute when it is set: the app
    /// hands <see cref="PublicLinks.PaperPageUrlOf"/> to <c>AddKnowledge</c>.
    /// </summary>
    public static IHostApplicationBuilder AddPublicLinks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AppOptions>()
            .BindConfiguration(AppOptions.Section)
            .Validate(o => o.Problem() is null, "App:PublicBaseUrl must be an absolute http or https URL with no query, fragment or user name, e.g. https://rights.example.org/.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PublicLinks>();
        return builder;
    }

    /// <summary>
    /// <c>Memory:*</c> (<see cref="MemoryOptions"/>), validated on start, and the background service that
    /// gives memory back when the app goes quiet after a busy spell (<see cref="IdleMemoryTrimmer"/>).
    /// </summary>
    public static IHostApplicationBuilder AddIdleMemoryTrim(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MemoryOptions>()
            .BindConfiguration(MemoryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IdleMemoryTrimmer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IdleMemoryTrimmer>());
        return builder;
    }

    /// <summary>
    /// Inside the security headers, before everything that reads a body: a body the server cannot read is a 4xx and a one-line warning
    /// (<see cref="BadRequestBodies"/>), wherever it is read.
    /// </summary>
    public static WebApplication UseBadRequestBodies(this WebApplication app)
    {
        app.UseMiddleware<BadRequestBodies>();
        return app;
    }
}
