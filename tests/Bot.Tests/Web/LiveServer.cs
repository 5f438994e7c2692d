using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>
/// The real app with the real bot on a real Kestrel socket (127.0.0.1, a free port), so a browser
/// can load it. WebApplicationFactory.UseKestrel (.NET 10) keeps it in-process.
/// </summary>
public sealed class LiveServer : IDisposable
{
    private readonly TestAppFactory _factory = new() { UseRealBot = true, UseRealClock = true };

    public LiveServer(IReadOnlyDictionary<string, string?>? settings = null)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _factory.Settings[key] = value;
        }
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = new Uri(addresses.Single());
    }

    public Uri BaseUrl { get; }

    public void Dispose() => _factory.Dispose();
}
