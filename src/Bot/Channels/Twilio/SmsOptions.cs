using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>Configuration section "Sms": the SMS channel (Azure's Twilio channel and the direct webhook alike).</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>The contact line of the HELP reply (a phone number, web address or e-mail of the organization running the bot).</summary>
    [MaxLength(120)]
    public string? HelpContact { get; set; }

    /// <summary>
    /// The key of the HMAC-SHA256 that turns a phone number into the sender key every per-sender
    /// state is stored under. Unset: a random key per process, so keys (and with them all SMS
    /// state) do not survive a restart. Set it (16+ characters, as a secret, never in a file) only
    /// when several instances must agree on a sender's key.
    /// </summary>
    [MinLength(16)]
    public string? SenderKeySecret { get; set; }

    /// <summary>
    /// Fold letters GSM-7 lacks to their GSM-7 unaccented letters (á → a, í → i, ó → o, ú → u;
    /// ñ, é and ü are GSM-7 and stay), as Twilio's Smart Encoding does, so that a Spanish message
    /// costs GSM-7 segments (153 characters) and not UCS-2 ones (67). See <see cref="SmsGsm7Folding"/>.
    /// Off: messages keep every accent, and a Spanish answer takes about twice the texts.
    /// </summary>
    public bool FoldToGsm7 { get; set; } = true;

    /// <summary>Per-sender conversation state (pages waiting for MORE, numbered choices, the conversation's state) is forgotten after this long without a message.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>…and after this long in any case.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a STOP is remembered (in memory; Twilio also blocks messages to opted-out numbers itself).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan OptOutRetention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// The bytes of per-sender state (pages, choices, opt-out marks) held in memory at once; beyond
    /// it the state least recently used is dropped first. Each sender's state is the bot's own
    /// text, a few KB at most; 32 MB holds some ten thousand senders waiting for MORE.
    /// </summary>
    [Range(64 * 1024, 4L * 1024 * 1024 * 1024)]
    public long MaxStateBytes { get; set; } = 32L * 1024 * 1024;
}
