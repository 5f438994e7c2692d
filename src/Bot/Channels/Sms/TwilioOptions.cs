using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Configuration section "Twilio": the direct Twilio webhooks, for hosting without Azure Bot
/// Service: SMS (<c>POST /api/sms</c>, on with <see cref="WebhookUrl"/>) and the phone line
/// (<c>POST /api/voice</c>, on with <see cref="VoiceWebhookUrl"/>; its other settings are the
/// phone line's own <c>VoiceOptions</c>). With no <see cref="AuthToken"/> both are off (404).
/// </summary>
public sealed class TwilioOptions : IValidatableObject
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }
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

    private static bool IsWebAddress(string? text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
