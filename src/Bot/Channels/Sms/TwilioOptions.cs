using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Configuration section "Twilio": the direct Twilio webhook (<c>POST /api/sms</c>), for hosting
/// without Azure Bot Service. With no <see cref="AuthToken"/> the webhook is off (404).
/// </summary>
public sealed class TwilioOptions : IValidatableObject
{
    public const string Section = "Twilio";

    /// <summary>The Twilio account's auth token, which signs every webhook request (a secret: set it as an environment variable or user secret).</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// The public URL Twilio posts to, exactly as entered in the Twilio console (e.g.
    /// <c>https://bot.example.org/api/sms</c>). The signature covers this URL; behind a proxy or
    /// load balancer the request's own URL differs, so this configured one is always used.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The largest form post accepted. Twilio's posts (a message of at most 1,600 characters and its fields) are a few kilobytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 32 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(AuthToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Twilio:WebhookUrl must be the absolute public URL of /api/sms when Twilio:AuthToken is set.", [nameof(WebhookUrl)]);
        }
    }
}
