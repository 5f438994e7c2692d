using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// Opens (and on first run builds) the knowledge index while the app starts, so the first person
/// to ask does not wait for it, and a broken index stops the app with a clear error at once.
/// </summary>
internal sealed class KnowledgeIndexWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<KnowledgeIndex>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
