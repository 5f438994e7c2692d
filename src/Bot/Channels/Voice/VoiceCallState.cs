using System.Text.Json.Serialization;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// What the phone line remembers about one call between its steps, under the call's keyed hash
/// (never the caller's number, never what the caller said): the bot's own words and public ids only.
/// </summary>
/// <param name="Language">"en" or "es": the language the call is in (9 switches it).</param>
/// <param name="CardId">The card of the last answer, if it was one: the context of a follow-up question.</param>
/// <param name="More">The rest of the last answer in the parts 1 says, one each time; empty or null when there is nothing more.</param>
/// <param name="MoreHeard">How many of those parts the caller has heard (1 is no longer offered once all are).</param>
/// <param name="Choices">The last answer's "did you mean" choices, by digit; empty otherwise.</param>
/// <param name="Declined">Whether the last answer was a decline (its options offer the legal-help links).</param>
/// <param name="Links">The text message with the last answer's links (short links), sent on 2; null when there are none.</param>
/// <param name="Transfer">After an urgent message: the rapid-response hotline's number (the deployment's, never the caller's), which 1 dials.</param>
/// <param name="Silences">How many times in a row the caller said and pressed nothing: the second time, the call ends.</param>
public sealed record VoiceCallState(
    string Language,
    string? CardId = null,
    IReadOnlyList<string>? More = null,
    int MoreHeard = 0,
    IReadOnlyList<SpokenChoice>? Choices = null,
    bool Declined = false,
    string? Links = null,
    int Silences = 0,
    string? Transfer = null)
{
    /// <summary>The choices, never null.</summary>
    [JsonIgnore]
    public IReadOnlyList<SpokenChoice> DidYouMean => Choices ?? [];

    /// <summary>Whether 1 still has something to say.</summary>
    [JsonIgnore]
    public bool HasMore => MoreHeard < (More?.Count ?? 0);

    /// <summary>What 1 says next (when <see cref="HasMore"/>).</summary>
    public string NextMore() => More![MoreHeard];

    /// <summary>The same call back at the topic menu: no answer in hand, in the same language.</summary>
    public VoiceCallState AtMenu() => new(Language);
}
