using System.Collections.Concurrent;
using KnowYourRights.Bot.Hosting.RateLimiting;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// Slows admin-key guessing, per client (<see cref="ClientAddressKeys"/>: an HMAC of the address,
/// never the address): after <see cref="FreeFailures"/> wrong keys (a typo is forgiven) each
/// further one makes the client wait twice as long as the last before a key is checked again —
/// 1 s, 2 s, 4 s, … up to <see cref="MaxWait"/>; meanwhile 429 with <c>Retry-After</c>. The right
/// key clears the count. Shared by <c>X-Admin-Key</c> (the API, <c>/metrics</c>) and the admin
/// page's sign-in. Per instance, in memory; 1,000 guesses, which took 0.5 s, now take days.
/// </summary>
public sealed class AdminKeyFailures(ClientAddressKeys clients, TimeProvider time)
{
    public const int FreeFailures = 3;
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    // Bounded: a flood from many addresses empties it rather than growing it.
    private const int MaxClients = 10_000;

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> _clients = new(StringComparer.Ordinal);

    /// <summary>How long this client must still wait before a key it presents is checked, or null.</summary>
    public TimeSpan? Wait(HttpContext context)
    {
        if (_clients.TryGetValue(clients.For(context), out var state) && state.Until > time.GetUtcNow())
        {
            return state.Until - time.GetUtcNow();
        }
        return null;
    }

    public void Failed(HttpContext context)
    {
        if (_clients.Count >= MaxClients)
        {
            _clients.Clear();
        }
        _clients.AddOrUpdate(clients.For(context), _ => Next(1), (_, state) => Next(state.Failures + 1));
    }

    public void Succeeded(HttpContext context) => _clients.TryRemove(clients.For(context), out _);

    private (int, DateTimeOffset) Next(int failures)
    {
        var over = failures - FreeFailures;
        var wait = over <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxWait.TotalSeconds, Math.Pow(2, Math.Min(over - 1, 20))));
        return (failures, time.GetUtcNow() + wait);
    }
}
