namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>Configuration section "Outreach": how links, QR codes, flyers and the embed page are made.</summary>
public sealed class OutreachOptions
{
    public const string Section = "Outreach";

    /// <summary>
    /// Who may frame <c>/embed</c>: the Content-Security-Policy <c>frame-ancestors</c> value, e.g.
    /// <c>'self' https://partner.example.org</c>. Default: any site (<c>*</c>), since the widget is
    /// meant to be embedded by partner organisations; narrow it to the partners you know.
    /// </summary>
    public string FrameAncestors { get; set; } = "*";

    /// <summary>The SMS number people can text, shown on flyers when set (e.g. +1 555 010 0100).</summary>
    public string? SmsNumber { get; set; }

    /// <summary>The word to text first, shown on flyers with <see cref="SmsNumber"/> (e.g. RIGHTS).</summary>
    public string? SmsKeyword { get; set; }

    /// <summary>
    /// The phone line's number (E.164, e.g. <c>+15550100100</c>): the number whose Voice webhook is
    /// <c>/api/voice</c>. When set, the flyer and <c>/outreach</c> show it, with a <c>tel:</c> link.
    /// </summary>
    public string? VoiceNumber { get; set; }

    /// <summary>
    /// The number of the organisation's Twilio WhatsApp sender (E.164, e.g. <c>+15550100300</c>, without
    /// Twilio's <c>whatsapp:</c> prefix), whose incoming messages go to <c>/api/sms</c>. When set,
    /// <c>/outreach</c>, the flyer and every topic page offer a <c>wa.me</c> link and its QR code that
    /// open WhatsApp with the topic's question typed in.
    /// </summary>
    public string? WhatsAppNumber { get; set; }
}
