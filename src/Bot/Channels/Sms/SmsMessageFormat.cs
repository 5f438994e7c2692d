using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// SMS: a card's summary alone in the first message and the full answer on MORE, and every reply
/// made plain (GSM-7 look-alikes, no Markdown) and cut into pages by <see cref="SmsPager"/>.
/// </summary>
public sealed class SmsMessageFormat : ITextMessageFormat
{
    public static readonly SmsMessageFormat Instance = new();

    public string ChannelId => TwilioTextChannels.Sms;

    public string Answer(Answer answer, string text)
    {
        if (answer.Kind is AnswerKinds.Card or AnswerKinds.Local287g && answer.Summary is { } summary)
        {
            // The main thing first, in one message; the answer in full (and the notice, the source
            // line and the follow-ups) on MORE.
            return SmsPlainText.Plain(summary) + SmsPlainText.ParagraphBreak + SmsReplyTexts.FullAnswerPrompt(answer.Language) + SmsPager.PageBreak + text;
        }
        return text;
    }

    public IReadOnlyList<string> Pages(string text, IReadOnlyList<string> choices, string language)
    {
        // Plain again, for replies that no SMS renderer made (the apology after a failed turn).
        var plain = string.Join(SmsPager.PageBreak, text.Split(SmsPager.PageBreak).Select(SmsPlainText.Plain));
        return SmsPager.Paginate(plain, choices, language);
    }
}
