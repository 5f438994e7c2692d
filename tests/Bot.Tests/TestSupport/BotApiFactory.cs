using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// The whole app in memory (WebApplicationFactory's TestServer) over the shared test index.
/// TestServer gives every request a null remote address, which the endpoint treats as "not
/// loopback"; <paramref name="remoteAddress"/> sets the address a request appears to come from.
/// </summary>
public sealed class BotApiFactory(
    IPAddress? remoteAddress = null,
    string? appId = null,
    LogCapture? logs = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:DataPath", TestKnowledge.Shared.DataPath);
        builder.UseSetting("MicrosoftAppId", appId ?? string.Empty);
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(remoteAddress));
            services?.Invoke(s);
        });
        if (logs is not null)
        {
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(logs);
                // Everything at Information and above reaches the capture, whatever appsettings say.
                logging.AddFilter<LogCapture>(null, LogLevel.Information);
            });
        }
    }

    /// <summary>Sets the request's remote address first thing, as Kestrel would.</summary>
    private sealed class RemoteAddressStartupFilter(IPAddress? address) : IStartupFilter
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
