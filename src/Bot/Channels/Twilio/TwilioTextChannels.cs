namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// The two kinds of text sender Twilio posts to <c>/api/sms</c>: a phone number (<c>+15551234567</c>,
/// channel <c>sms</c>) and a WhatsApp user (<c>whatsapp:+15551234567</c>, channel <c>whatsapp</c>).
/// They are told apart by the address alone, and each turn carries its kind as the activity's
/// channel id, so the renderer, the paging, the conversation state and the metrics all follow it.
/// </summary>
public static class TwilioTextChannels
{
    /// <summary>Plain SMS: Azure's Twilio channel and the direct webhook.</summary>
    public const string Sms = Microsoft.Bot.Connector.Channels.Sms;

    /// <summary>WhatsApp through a Twilio WhatsApp sender, on the direct webhook.</summary>
    public const string WhatsApp = "whatsapp";

    /// <summary>How Twilio writes a WhatsApp address in <c>From</c> and <c>To</c>.</summary>
    public const string WhatsAppAddressPrefix = "whatsapp:";

    /// <summary>Both text channels, e.g. to delete a sender's conversation state whichever it was kept under.</summary>
    public static readonly IReadOnlyList<string> All = [Sms, WhatsApp];

    /// <summary>The channel id of a message from <paramref name="from"/>, Twilio's sender address.</summary>
    public static string For(string from) =>
        from.TrimStart().StartsWith(WhatsAppAddressPrefix, StringComparison.OrdinalIgnoreCase) ? WhatsApp : Sms;
}
