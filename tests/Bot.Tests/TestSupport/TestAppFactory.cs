using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// The whole app in memory (WebApplicationFactory's TestServer) over the shared test index
/// (<see cref="TestKnowledge"/>): the one factory every test of the web app uses. By default it
/// runs the predictable <see cref="TestBot"/> on a clock the test moves (<see cref="Time"/>);
/// each setting below turns one piece back into the real thing or changes it.
/// </summary>
public class TestAppFactory : WebApplicationFactory<Program>
{
    /// <summary>Configuration applied on top of appsettings, e.g. ["DirectLine:MaxConversations"] = "2" or ["MicrosoftAppId"] = "…".</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The real <c>KnowYourRightsBot</c> instead of <see cref="TestBot"/>.</summary>
    public bool UseRealBot { get; init; }

    /// <summary>The system clock instead of <see cref="Time"/>.</summary>
    public bool UseRealClock { get; init; }

    /// <summary>Receives the app's log entries, filtered as configured (appsettings and <see cref="Settings"/>) unless <see cref="LogsFrom"/> is set.</summary>
    public LogCapture? Logs { get; init; }

    /// <summary>When set, <see cref="Logs"/> receives every entry at this level and above, whatever configuration says.</summary>
    public LogLevel? LogsFrom { get; init; }

    /// <summary>
    /// The address every request appears to come from, as Kestrel would set it. Left null,
    /// TestServer gives every request a null remote address, which the app treats as "not loopback".
    /// </summary>
    public IPAddress? RemoteAddress { get; init; }

    /// <summary>
    /// This factory's own insights database (a scratch file, deleted with the factory), so tests
    /// that share the test index never share what the app keeps about questions.
    /// </summary>
    public string InsightsPath { get; } = Path.Combine(Path.GetTempPath(), "kyr-insights-" + Guid.NewGuid().ToString("n"), "insights.db");

    /// <summary>Registrations made before the app's own (which add theirs only if missing), e.g. a failing <see cref="IBot"/>.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (!Settings.ContainsKey("Knowledge:DataPath"))
        {
            builder.UseSetting("Knowledge:DataPath", TestKnowledge.Shared.DataPath);
        }
        if (!Settings.ContainsKey("Insights:DatabasePath"))
        {
            builder.UseSetting("Insights:DatabasePath", InsightsPath);
        }
        // No app id unless a test sets one: /api/messages then takes only the Emulator on loopback.
        builder.UseSetting("MicrosoftAppId", string.Empty);
        // Rate limits off unless a test sets RateLimiting:Enabled: many tests post fast from one (unknown) address.
        builder.UseSetting("RateLimiting:Enabled", "false");
        // No idle memory trims unless a test sets Memory:TrimWhenIdle: a test that moves the clock
        // would otherwise run blocking GCs in a process that allocates for many tests at once.
        builder.UseSetting("Memory:TrimWhenIdle", "false");
        // No warm-up answer unless a test sets Knowledge:WarmUpAnswer: hundreds of hosts would each answer one in the background.
        builder.UseSetting("Knowledge:WarmUpAnswer", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (Logs is not null)
        {
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(Logs);
                if (LogsFrom is { } level)
                {
                    logging.AddFilter<LogCapture>(null, level);
                }
            });
        }
        builder.ConfigureServices(services =>
        {
            if (RemoteAddress is not null)
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(RemoteAddress));
            }
            var before = services.Count;
            ConfigureServices?.Invoke(services);
            _registersKnowledge = services.Skip(before).Any(IsKnowledgeService);
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(UseRealClock ? TimeProvider.System : Time);
            if (OpensTheSharedIndex)
            {
                // The process's one opened test index (and what search derives from it, kept per
                // opened version): a new host then answers its first question in milliseconds
                // instead of opening and analysing the same files again. An instance registration,
                // so a host that stops never closes it.
                services.AddSingleton(TestKnowledge.Shared.Index);
            }
            if (!UseRealBot)
            {
                services.AddTransient<IBot, TestBot>();
            }
        });
    }

    /// <summary>
    /// True when the app would open the shared test index exactly as <see cref="TestKnowledge"/>
    /// opened it: no test setting changes where the index lives or how it is opened and watched, and
    /// none of the test's own registrations (<see cref="ConfigureServices"/>) is a knowledge
    /// service that could stand in for a piece of it (a failing bot or a store of the app's own is not).
    /// </summary>
    private bool OpensTheSharedIndex =>
        !Settings.Keys.Any(key => IndexSettings.Contains(key))
        && !_registersKnowledge;

    private bool _registersKnowledge;

    private static readonly System.Reflection.Assembly KnowledgeAssembly = typeof(KnowledgeIndex).Assembly;

    private static bool IsKnowledgeService(ServiceDescriptor descriptor) =>
        descriptor.ServiceType.Assembly == KnowledgeAssembly
        || descriptor.ServiceType.GetGenericArguments().Any(argument => argument.Assembly == KnowledgeAssembly);

    private static readonly HashSet<string> IndexSettings = new(
        new[] { nameof(IndexOptions.DataPath), nameof(IndexOptions.SeedsPath), nameof(IndexOptions.BuildWait), nameof(IndexOptions.IndexCheckInterval), nameof(IndexOptions.RetireDelay) }
            .Select(name => $"{IndexOptions.Section}:{name}"),
        StringComparer.OrdinalIgnoreCase);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(InsightsPath)!, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Never created (insights unused), or a scratch file left in the temp folder: harmless.
            }
        }
    }

    /// <summary>Sets the request's remote address first thing, as Kestrel would.</summary>
    private sealed class RemoteAddressStartupFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
