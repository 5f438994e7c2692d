using KnowYourRights.Knowledge.Refresh;
using StackExchange.Redis;

namespace KnowYourRights.Bot.State;

/// <summary>
/// The lock that keeps index refreshes and rollbacks to one instance at a time when the instances
/// share Redis (docs/operations.md, "Scaling out"). One key, <c>{prefix}index:refresh-lock</c>, set with
/// <c>SET NX PX</c> to a random token: the holder renews its expiry every third of it and deletes
/// the key only while it still holds the token (both as one script, so an expired lock taken by
/// another instance is never extended or released by the old holder). A holder that dies frees
/// the lock when the key expires.
/// </summary>
public sealed class RedisRefreshLock(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisRefreshLock> log, TimeSpan? expiry = null) : IRefreshLock
{
    /// <summary>How long the lock outlives a holder that stopped renewing it (crashed, cut off from Redis).</summary>
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromSeconds(30);

    // Extends the expiry (ARGV[2], ms) only while the key still holds this holder's token (ARGV[1]).
    private static readonly LuaScript Renew = LuaScript.Prepare(
        "if redis.call('get', @key) == @token then return redis.call('pexpire', @key, @ms) else return 0 end");

    // Deletes the key only while it still holds this holder's token.
    private static readonly LuaScript Release = LuaScript.Prepare(
        "if redis.call('get', @key) == @token then return redis.call('del', @key) else return 0 end");

    private readonly IConnectionMultiplexer _redis = redis;
    private readonly ILogger _log = log;
    private readonly TimeSpan _expiry = expiry ?? DefaultExpiry;
    private readonly RedisKey _key = keys.For("index", "refresh-lock");

    public async Task<IRefreshLease?> TryAcquireAsync(CancellationToken cancel)
    {
        var token = Guid.NewGuid().ToString("N");
        bool taken;
        try
        {
            taken = await _redis.GetDatabase().StringSetAsync(_key, token, _expiry, When.NotExists).WaitAsync(cancel);
        }
        catch (Exception e) when (RedisCalls.IsUnavailable(e))
        {
            // Not the client's message: it can name the server.
            throw new RefreshLockUnavailableException(
                "Redis, which keeps refreshes to one instance at a time, is unreachable; no refresh or rollback was started. Try again when it is back.", e);
        }
        return taken ? new Lease(this, token) : null;
    }

    /// <summary>A held lock: renews itself in the background until disposed, and says when it was lost.</summary>
    private sealed class Lease : IRefreshLease
    {
        private readonly RedisRefreshLock _owner;
        private readonly string _token;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Lease(RedisRefreshLock owner, string token)
        {
            _owner = owner;
            _token = token;
            _renewing = Task.Run(RenewAsync);
        }

        public CancellationToken Lost => _lost.Token;

        private async Task RenewAsync()
        {
            var expiry = _owner._expiry;
            var renewedAt = DateTimeOffset.UtcNow;
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(expiry / 3, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                try
                {
                    var renewed = (long)await _owner._redis.GetDatabase().ScriptEvaluateAsync(
                        Renew, new { key = _owner._key, token = _token, ms = (long)expiry.TotalMilliseconds });
                    if (renewed == 1)
                    {
                        renewedAt = DateTimeOffset.UtcNow;
                        continue;
                    }
                    _owner._log.LogWarning("The index refresh lock in Redis expired before it was renewed; this refresh will not go live.");
                }
                catch (Exception e) when (RedisCalls.IsUnavailable(e))
                {
                    if (DateTimeOffset.UtcNow - renewedAt < expiry)
                    {
                        continue;
                    }
                    _owner._log.LogWarning("Redis was unreachable for longer than the index refresh lock lasts; this refresh will not go live.");
                }
                await _lost.CancelAsync();
                return;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }
            await _stop.CancelAsync();
            await _renewing;
            if (!_lost.IsCancellationRequested)
            {
                try
                {
                    await _owner._redis.GetDatabase().ScriptEvaluateAsync(Release, new { key = _owner._key, token = _token });
                }
                catch (Exception e) when (RedisCalls.IsUnavailable(e))
                {
                    // The key expires on its own.
                    _owner._log.LogWarning("Redis was unreachable when the index refresh lock was released; it frees itself when it expires.");
                }
            }
            // _lost stays undisposed: a holder may still read Lost after letting go.
            _stop.Dispose();
        }
    }
}
