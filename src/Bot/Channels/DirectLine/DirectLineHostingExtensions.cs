using KnowYourRights.Bot.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>Registers the embedded Direct Line 3.0 service; its routes (<c>/v3/directline/…</c>) and handlers are in <see cref="DirectLineApi"/>.</summary>
public static class DirectLineHostingExtensions
{
    /// <summary>
    /// Registers the token service, the in-memory conversations and the adapter that hands
    /// activities to the app's <see cref="Microsoft.Bot.Builder.IBot"/>, with options from the
    /// "DirectLine" section validated on start.
    /// </summary>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DirectLineTokenService>();
        // Shared by every instance in Redis when configured (docs/operations.md, "Scaling out"), else in memory.
        builder.AddStore<IDirectLineConversationStore, DirectLineConversationStore, RedisDirectLineConversationStore>();
        builder.Services.AddSingleton<DirectLineAdapter>();

        // Direct Line URLs carry conversation ids. ASP.NET Core's hosting logger writes every URL in
        // its request lines (Information) and, while it is enabled at any level, opens a logging
        // scope with the request path around everything logged during the request, which providers
        // that record scopes then attach to every entry. Turned off whatever configuration says (an
        // operator's own Logging settings included), so no id is logged.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        return builder;
    }
}
