using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>Registers the embedded Direct Line 3.0 service (<c>/v3/directline/…</c>); the endpoints are in <see cref="DirectLineApi"/>.</summary>
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
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton<DirectLineAdapter>();
        return builder;
    }
}
