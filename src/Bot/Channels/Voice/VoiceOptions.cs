using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Channels.Shared;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// The phone line's texting settings, in configuration section "Twilio" beside the webhooks'
/// (<see cref="Sms.TwilioOptions"/>: <c>Twilio:AuthToken</c> and <c>Twilio:VoiceWebhookUrl</c>
/// turn the line on). Links by text are on when <see cref="AccountSid"/> is set too.
/// </summary>
public sealed partial class VoiceOptions : IValidatableObject
{
    public const string Section = "Twilio";

    /// <summary>The Twilio account (<c>AC…</c>) that sends the links by text through Twilio's REST API. Unset: no texting, and the option is not offered.</summary>
    public string? AccountSid { get; set; }

    /// <summary>
    /// An API key (<c>SK…</c>) and its secret to send texts with instead of the auth token, so the
    /// account's master credential need not be used for the REST API. Both or neither.
    /// </summary>
    public string? ApiKeySid { get; set; }

    /// <inheritdoc cref="ApiKeySid"/>
    public string? ApiKeySecret { get; set; }

    /// <summary>
    /// The number (E.164, e.g. <c>+15550100100</c>) the links are texted from. Unset: the number
    /// the caller called, which must then be able to send SMS.
    /// </summary>
    public string? VoiceSmsFrom { get; set; }

    /// <summary>Whether texting links is configured (with the auth token or the API key).</summary>
    public bool CanText(string? authToken) =>
        !string.IsNullOrWhiteSpace(AccountSid)
        && (!string.IsNullOrWhiteSpace(ApiKeySid) || !string.IsNullOrWhiteSpace(authToken));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(AccountSid) && !AccountSidPattern().IsMatch(AccountSid))
        {
            yield return new ValidationResult("Twilio:AccountSid must be the account's SID: AC and 32 hexadecimal digits.", [nameof(AccountSid)]);
        }
        if (string.IsNullOrWhiteSpace(ApiKeySid) != string.IsNullOrWhiteSpace(ApiKeySecret)
            || (!string.IsNullOrWhiteSpace(ApiKeySid) && !ApiKeySidPattern().IsMatch(ApiKeySid)))
        {
            yield return new ValidationResult("Twilio:ApiKeySid (SK and 32 hexadecimal digits) and Twilio:ApiKeySecret go together: set both or neither.", [nameof(ApiKeySid)]);
        }
        if (!string.IsNullOrWhiteSpace(VoiceSmsFrom) && !PhoneNumbers.IsE164(VoiceSmsFrom))
        {
            yield return new ValidationResult("Twilio:VoiceSmsFrom must be a phone number in E.164 form, e.g. +15550100100.", [nameof(VoiceSmsFrom)]);
        }
    }

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex("^SK[0-9a-fA-F]{32}$")]
    private static partial Regex ApiKeySidPattern();
}
