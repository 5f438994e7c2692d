using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// The phone line's settings, in configuration section "Twilio" beside the SMS webhook's
/// (whose <c>Twilio:AuthToken</c> signs the calls' requests too). The line is on (<c>POST /api/voice</c>)
/// when the auth token and <see cref="VoiceWebhookUrl"/> are set; links by text when
/// <see cref="AccountSid"/> is set too.
/// </summary>
public sealed partial class VoiceOptions : IValidatableObject
{
    public const string Section = "Twilio";

    /// <summary>
    /// The public URL entered as the number's Voice webhook ("A call comes in", HTTP POST) in the
    /// Twilio console, exactly (e.g. <c>https://bot.example.org/api/voice</c>). The signature of
    /// every request of a call covers it; the call's later steps are its sub-paths
    /// (<c>…/api/voice/menu</c>), so behind a proxy they are found the same way.
    /// </summary>
    public string? VoiceWebhookUrl { get; set; }

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

    /// <summary>The public webhook URL, when it is set and well formed.</summary>
    public Uri? PublicUrl => Uri.TryCreate(VoiceWebhookUrl, UriKind.Absolute, out var url) ? url : null;

    /// <summary>Whether texting links is configured (with the auth token or the API key).</summary>
    public bool CanText(string? authToken) =>
        !string.IsNullOrWhiteSpace(AccountSid)
        && (!string.IsNullOrWhiteSpace(ApiKeySid) || !string.IsNullOrWhiteSpace(authToken));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(VoiceWebhookUrl)
            && !(PublicUrl is { } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0 && url.Fragment.Length == 0))
        {
            yield return new ValidationResult(
                "Twilio:VoiceWebhookUrl must be the absolute public URL of /api/voice (http or https, no query or fragment), as entered for the number's Voice webhook.",
                [nameof(VoiceWebhookUrl)]);
        }
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
