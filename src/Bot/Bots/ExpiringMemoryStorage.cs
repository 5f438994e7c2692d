using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Bots;

/// <summary>
/// The SDK's <see cref="MemoryStorage"/> (process memory only, never persisted) with a bound:
/// state idle longer than <see cref="ConversationStateOptions.IdleTimeToLive"/> is deleted, and
/// past <see cref="ConversationStateOptions.MaxConversations"/> the longest idle goes first.
/// Channels that never say a conversation ended (Teams, Azure Web Chat) would otherwise make the
/// bot's memory grow until a restart.
/// </summary>
public sealed class ExpiringMemoryStorage(IOptions<ConversationStateOptions> options, TimeProvider time) : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastUsed = new(StringComparer.Ordinal);
    private readonly ConversationStateOptions _options = options.Value;

    /// <summary>How many keys are held now (for tests and health checks).</summary>
    public int Count => _lastUsed.Count;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var found = await _inner.ReadAsync(keys, cancellationToken);
        Touch(found.Keys);
        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await _inner.WriteAsync(changes, cancellationToken);
        Touch(changes.Keys);
        await SweepAsync(cancellationToken);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await _inner.DeleteAsync(keys, cancellationToken);
        foreach (var key in keys)
        {
            _lastUsed.TryRemove(key, out _);
        }
    }

    private void Touch(IEnumerable<string> keys)
    {
        var now = time.GetUtcNow();
        foreach (var key in keys)
        {
            _lastUsed[key] = now;
        }
    }

    /// <summary>Deletes what has been idle too long, then the longest idle while over the cap. Runs on writes, so it costs nothing when idle.</summary>
    private Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - _options.IdleTimeToLive;
        var expired = _lastUsed.Where(e => e.Value < cutoff).Select(e => e.Key).ToList();
        var over = _lastUsed.Count - expired.Count - _options.MaxConversations;
        if (over > 0)
        {
            expired.AddRange(_lastUsed.Where(e => e.Value >= cutoff).OrderBy(e => e.Value).Take(over).Select(e => e.Key));
        }
        return expired.Count == 0 ? Task.CompletedTask : DeleteAsync([.. expired], cancellationToken);
    }
}
