using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// How one of Twilio's text channels lays out what the bot says: SMS (<see cref="SmsMessageFormat"/>:
/// plain GSM-7 text, a card's summary first, pages of two segments on MORE) or WhatsApp
/// (<see cref="WhatsAppMessageFormat"/>: the whole answer in one message under a <c>*bold*</c>
/// heading). Chosen by the activity's channel id, which the webhook sets from the sender's
/// address (<see cref="Twilio.TwilioTextChannels"/>); everything else of the text conversation
/// (keywords, numbered choices, sender state) is shared.
/// </summary>
public interface ITextMessageFormat
{
    /// <summary>The channel id this format is for.</summary>
    string ChannelId { get; }

    /// <summary>
    /// An answer's text, given its plain <paramref name="paragraphs"/> (answer, source line, notice)
    /// and, for a "what do I do?" question, the <paramref name="legalHelp"/> line to put up front.
    /// </summary>
    string Answer(Answer answer, IReadOnlyList<string> paragraphs, string? legalHelp);

    /// <summary>
    /// The messages a reply goes out as, <paramref name="choices"/> numbered at its end: the first
    /// is sent now, the rest wait for MORE. Never empty.
    /// </summary>
    IReadOnlyList<string> Pages(string text, IReadOnlyList<string> choices, string language);
}
