using KnowYourRights.Bot.Channels.Twilio;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// One signed request of a call, as Twilio posted it: which call, what the caller pressed or said.
/// The caller's number is here only because Twilio posts it again with every step: it is used to
/// send the links the caller asked for, in this request, and never kept or logged (its
/// <see cref="ToString"/> leaves it and the speech out).
/// </summary>
/// <param name="CallSid">Twilio's id of the call (its state is kept under a keyed hash of it).</param>
/// <param name="Caller">The caller's number (<c>From</c>), or whatever Twilio sends for a withheld one.</param>
/// <param name="Called">The number called (<c>To</c>): the links are texted from it unless <see cref="TwilioOptions.VoiceSmsFrom"/> is set.</param>
/// <param name="Digits">The key pressed, or empty.</param>
/// <param name="Speech">What Twilio's speech recognition heard, or empty: asked, never stored or logged.</param>
/// <param name="Status">The call's status (<c>CallStatus</c>: ringing, in-progress, completed, …).</param>
public sealed record VoiceCallRequest(string CallSid, string Caller, string Called, string Digits, string Speech, string Status = "")
{
    /// <summary>Nothing pressed and nothing said (the <c>&lt;Gather&gt;</c> timed out).</summary>
    public bool IsSilent => Digits.Length == 0 && string.IsNullOrWhiteSpace(Speech);

    public override string ToString() => $"{nameof(VoiceCallRequest)} (digits: {Digits.Length}, speech: {(Speech.Length > 0 ? "yes" : "no")})";

    /// <summary>The fields of Twilio's form post (missing ones empty).</summary>
    public static VoiceCallRequest From(IReadOnlyDictionary<string, string> form) => new(
        form.GetValueOrDefault("CallSid") ?? string.Empty,
        form.GetValueOrDefault("From") ?? string.Empty,
        form.GetValueOrDefault("To") ?? string.Empty,
        (form.GetValueOrDefault("Digits") ?? string.Empty).Trim(),
        form.GetValueOrDefault("SpeechResult") ?? string.Empty,
        form.GetValueOrDefault("CallStatus") ?? string.Empty);
}
