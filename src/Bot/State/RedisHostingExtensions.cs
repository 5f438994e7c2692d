using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowYourRights.Bot.State;

/// <summary>Registers the connection to Redis, which the stores several instances share use when <c>Redis:ConnectionString</c> is set (docs/operations.md, "Scaling out").</summary>
public static class RedisHostingExtensions
{
    /// <summary>
    /// The "Redis" options, validated on start, the derived shared keys, and, only when a
    /// connection string is set, one <see cref="IConnectionMultiplexer"/> for the whole app.
    /// It is made with <c>AbortOnConnectFail=false</c>: the app starts while Redis is down, each
    /// call then fails fast with <see cref="SharedStateUnavailableException"/>, and the
    /// multiplexer reconnects by itself when Redis is back. Call it before the stores' <c>Add…</c>.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SharedKeys>();
        builder.Services.AddSingleton<RedisKeys>();
        builder.Services.AddSingleton<SharedStateHealth>();
        if (UsesRedis(builder.Configuration))
        {
            builder.Services.AddSingleton<IConnectionMultiplexer>(sp => Connect(
                sp.GetRequiredService<IOptions<RedisOptions>>().Value,
                sp.GetRequiredService<ILogger<RedisOptions>>()));
        }
        return builder;
    }

    /// <summary>
    /// A store every instance shares: in Redis (<typeparamref name="TRedis"/>) when
    /// <c>Redis:ConnectionString</c> is set, else in this process's memory (<typeparamref name="TMemory"/>,
    /// also resolvable as itself). The one place the choice is made for every store.
    /// </summary>
    public static IHostApplicationBuilder AddStore<TService, TMemory, TRedis>(this IHostApplicationBuilder builder)
        where TService : class
        where TMemory : class, TService
        where TRedis : class, TService
    {
        if (UsesRedis(builder.Configuration))
        {
            builder.Services.TryAddSingleton<TService, TRedis>();
        }
        else
        {
            builder.Services.TryAddSingleton<TMemory>();
            builder.Services.TryAddSingleton<TService>(sp => sp.GetRequiredService<TMemory>());
        }
        return builder;
    }

    /// <summary>As <see cref="AddStore{TService, TMemory, TRedis}"/> for what one process needs no store for (a lock across instances): registered with Redis only.</summary>
    public static IHostApplicationBuilder AddSharedOnlyStore<TService, TRedis>(this IHostApplicationBuilder builder)
        where TService : class
        where TRedis : class, TService
    {
        if (UsesRedis(builder.Configuration))
        {
            builder.Services.TryAddSingleton<TService, TRedis>();
        }
        return builder;
    }

    private static bool UsesRedis(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[RedisOptions.Section + ":" + nameof(RedisOptions.ConnectionString)]);

    private static ConnectionMultiplexer Connect(RedisOptions options, ILogger logger)
    {
        var configuration = ConfigurationOptions.Parse(options.ConnectionString!);
        configuration.AbortOnConnectFail = false;
        // A turn waits at most this long for Redis before it apologizes; the defaults (5 s) would
        // hold every request that long while Redis is down.
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 3000);
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, 2000);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, 2000);
        // While disconnected, fail each call at once (the turn apologizes, limits count locally)
        // instead of queueing it until the timeout.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "knowyourrights-bot";
        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        // Never the configuration string (it holds the password) nor the exception's message (it can quote it).
        multiplexer.ConnectionFailed += (_, e) => logger.LogWarning("Redis is unreachable ({FailureType}); shared state is unavailable until it is back.", e.FailureType);
        multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis is reachable again.");
        if (!multiplexer.IsConnected)
        {
            logger.LogWarning("Redis is unreachable at start; the app runs and retries in the background.");
        }
        return multiplexer;
    }
}
