using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// The app in memory over the shared test index (<see cref="TestKnowledge"/>), a clock the test controls,
/// and (unless <see cref="UseRealBot"/>) the predictable <see cref="TestBot"/>.
/// </summary>
public class ChatAppFactory : WebApplicationFactory<Program>
{
    /// <summary>Configuration applied on top of appsettings, e.g. ["DirectLine:MaxConversations"] = "2".</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public bool UseRealBot { get; init; }

    /// <summary>Receives the app's log entries, filtered as configured (appsettings and <see cref="Settings"/>).</summary>
    public LogCapture? Logs { get; init; }

    /// <summary>The system clock instead of <see cref="Time"/>.</summary>
    public bool UseRealClock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:DataPath", TestKnowledge.Shared.DataPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (Logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(UseRealClock ? TimeProvider.System : Time);
            if (!UseRealBot)
            {
                services.AddTransient<IBot, TestBot>();
            }
        });
    }
}
