using StackExchange.Redis;

namespace KnowYourRights.Bot.State;

/// <summary>What <c>/healthz</c> says of shared state: nothing without Redis, else whether it is reachable now.</summary>
public sealed class SharedStateHealth(IServiceProvider services)
{
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();

    /// <summary>Null without Redis; "ok" when connected; "unreachable" (the app is degraded: chats apologize) when not.</summary>
    public string? Redis => _redis is null ? null : _redis.IsConnected ? "ok" : "unreachable";
}
