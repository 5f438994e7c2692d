
namespace KnowYourRights.Bot.State;

/// <summary>
/// Shared state (Redis) could not be read or written just now. Every Redis store throws this in
/// place of the client's own exceptions, whose messages can name the server, so the channels can
/// tell it apart from a bug: an apology that asks to try again in a minute (SMS and the bot) or
/// 503 with <c>Retry-After</c> (Direct Line), never a 500.
/// </summary>
public sealed class SharedStateUnavailableException(Exception inner)
    : Exception("Shared state (Redis) is unreachable right now.", inner)
{
    /// <summary>How long a client is asked to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);
}
