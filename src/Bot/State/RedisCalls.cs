using StackExchange.Redis;

namespace KnowYourRights.Bot.State;

/// <summary>Runs one call to Redis and turns its failures (unreachable, timed out, connection lost mid-call) into <see cref="SharedStateUnavailableException"/>.</summary>
public static class RedisCalls
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new SharedStateUnavailableException(e);
        }
    }

    public static async Task RunAsync(Func<Task> call) => await RunAsync(async () =>
    {
        await call();
        return true;
    });

    public static T Run<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new SharedStateUnavailableException(e);
        }
    }

    /// <summary>The client's ways of saying the server is out of reach (not a bug of ours such as a wrong type).</summary>
    public static bool IsUnavailable(Exception e) =>
        e is RedisConnectionException or RedisTimeoutException or TimeoutException or ObjectDisposedException
        || (e is RedisServerException server && server.Message.StartsWith("LOADING", StringComparison.Ordinal));
}
