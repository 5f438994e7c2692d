using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Channels.BotFramework;

/// <summary>Registers the Bot Framework channel (Azure Bot Service and the Emulator); its route, <c>POST /api/messages</c>, is in <see cref="BotFrameworkApi"/>.</summary>
public static class BotFrameworkHostingExtensions
{
    /// <summary>
    /// The Azure Bot Service adapter with authentication from configuration (MicrosoftAppType,
    /// MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId) and the endpoint's limits
    /// from the "Bot" section, validated on start.
    /// </summary>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotEndpointOptions>()
            .BindConfiguration(BotEndpointOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            httpClientFactory: sp.GetService<IHttpClientFactory>(),
            logger: new WarningsOnlyLogger(sp.GetRequiredService<ILoggerFactory>().CreateLogger<ConfigurationBotFrameworkAuthentication>())));
        services.TryAddSingleton<AdapterWithErrorHandler>();
        services.TryAddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        return builder;
    }
}
