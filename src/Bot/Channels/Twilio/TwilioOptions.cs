using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Channels.Shared;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// Configuration section "Twilio": the direct Twilio webhooks, for hosting without Azure Bot
/// Service: SMS (<c>POST /api/sms</c>, on with <see cref="WebhookUrl"/>) and the phone line
/// (<c>POST /api/voice</c>, on with <see cref="VoiceWebhookUrl"/>), and the account the phone
/// line texts links through (on when <see cref="AccountSid"/> is set too). With no
/// <see cref="AuthToken"/> both webhooks are off (404). One type for the one section, used by both channels.
/// </summary>
public sealed partial class TwilioOptions : IValidatableObject
{
    public const string Section = "Twilio";

    /// <summary>The Twilio account's auth token, which signs every webhook request (a secret: set it as an environment variable or user secret).</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// The public URL Twilio posts messages to, exactly as entered in the Twilio console (e.g.
    /// <c>https://bot.example.org/api/sms</c>). The signature covers this URL; behind a proxy or
    /// load balancer the request's own URL differs, so this configured one is always used.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// The public URL entered as the number's Voice webhook ("A call comes in", HTTP POST), exactly
    /// (e.g. <c>https://bot.example.org/api/voice</c>). The signature of every request of a call
    /// covers it; the call's later steps are its sub-paths (<c>…/api/voice/menu</c>).
    /// </summary>
    public string? VoiceWebhookUrl { get; set; }

    /// <summary>The largest form post accepted. Twilio's posts (a message of at most 1,600 characters and its fields) are a few kilobytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 32 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(AuthToken);

    /// <summary>The SMS webhook is on: the auth token and its URL are set.</summary>
    public bool SmsEnabled => Enabled && !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>The phone line is on: the auth token and its URL are set.</summary>
    public bool VoiceEnabled => Enabled && !string.IsNullOrWhiteSpace(VoiceWebhookUrl);

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

    /// <summary>
    /// What the phone line says for option 2 (the links by text) when it cannot text this caller,
    /// written for the ear (no links; say an address as words), e.g. "To get these links, ask at
    /// our office or call 5 5 5, 0 1 0 0." Unset: "To get these links by text, call from a phone
    /// that can receive texts." when texting is configured, and nothing when it is not.
    /// </summary>
    [MaxLength(300)]
    public string? VoiceLinksWithoutTexting { get; set; }

    /// <summary>The same in Spanish (unset: the English one is not said in a Spanish call; the default is).</summary>
    [MaxLength(300)]
    public string? VoiceLinksWithoutTextingEs { get; set; }

    /// <summary>Whether texting links is configured (with the auth token or the API key).</summary>
    public bool CanText =>
        !string.IsNullOrWhiteSpace(AccountSid)
        && (!string.IsNullOrWhiteSpace(ApiKeySid) || !string.IsNullOrWhiteSpace(AuthToken));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Enabled ? WebhookProblems().Concat(TextingProblems()) : TextingProblems();

    private IEnumerable<ValidationResult> WebhookProblems()
    {
        if (string.IsNullOrWhiteSpace(WebhookUrl) && string.IsNullOrWhiteSpace(VoiceWebhookUrl))
        {
            yield return new ValidationResult(
                "Twilio:WebhookUrl (the public URL of /api/sms) or Twilio:VoiceWebhookUrl (of /api/voice) must be set when Twilio:AuthToken is set.",
                [nameof(WebhookUrl), nameof(VoiceWebhookUrl)]);
        }
        if (!string.IsNullOrWhiteSpace(WebhookUrl) && !IsWebAddress(WebhookUrl, out _))
        {
            yield return new ValidationResult("Twilio:WebhookUrl must be the absolute public URL of /api/sms.", [nameof(WebhookUrl)]);
        }
        if (!string.IsNullOrWhiteSpace(VoiceWebhookUrl) && !(IsWebAddress(VoiceWebhookUrl, out var voice) && voice.Query.Length == 0 && voice.Fragment.Length == 0))
        {
            yield return new ValidationResult(
                "Twilio:VoiceWebhookUrl must be the absolute public URL of /api/voice (http or https, no query or fragment), as entered for the number's Voice webhook.",
                [nameof(VoiceWebhookUrl)]);
        }
    }

    private IEnumerable<ValidationResult> TextingProblems()
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

    private static bool IsWebAddress(string? text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex("^SK[0-9a-fA-F]{32}$")]
    private static partial Regex ApiKeySidPattern();
}
