namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>One thing the call says: one <c>&lt;Say&gt;</c>, in the call's language unless <see cref="Language"/> names another ("para español, oprima 9").</summary>
public sealed record VoiceLine(string Text, string? Language = null)
{
    public static implicit operator VoiceLine(string text) => new(text);
}
