using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// SMS: a card's summary alone in the first message and the full answer on MORE, and every reply
/// made plain (GSM-7 look-alikes, no Markdown) and cut into pages by <see cref="SmsPager"/>.
/// </summary>
/// <param name="foldToGsm7">Fold accented letters without a GSM-7 form to their plain letters (<see cref="SmsOptions.FoldToGsm7"/>).</param>
public sealed class SmsMessageFormat(bool foldToGsm7 = true) : ITextMessageFormat
{
    /// <summary>SMS with the default settings (folding on).</summary>
    public static readonly SmsMessageFormat Instance = new();

    public string ChannelId => TwilioTextChannels.Sms;

    public string Answer(Answer answer, IReadOnlyList<string> paragraphs, string? legalHelp)
    {
        if (answer.Kind is AnswerKinds.Card or AnswerKinds.Local287g && answer.Summary is { } summary)
        {
            // The main thing first, in one message (with the legal-help line when asked what to do);
            // the answer in full (and the notice, the source line and the follow-ups) on MORE.
            var first = new[] { SmsPlainText.Plain(summary), legalHelp, SmsReplyTexts.FullAnswerPrompt(answer.Language) }.OfType<string>();
            return string.Join(SmsPlainText.ParagraphBreak, first) + SmsPager.PageBreak + string.Join(SmsPlainText.ParagraphBreak, paragraphs);
        }
        return string.Join(SmsPlainText.ParagraphBreak, WithLegalHelp(paragraphs, legalHelp));
    }

    /// <summary>The legal-help line after the first paragraph, where it is read before any MORE.</summary>
    internal static IEnumerable<string> WithLegalHelp(IReadOnlyList<string> paragraphs, string? legalHelp)
    {
        var list = paragraphs.ToList();
        if (legalHelp is not null)
        {
            list.Insert(Math.Min(1, list.Count), legalHelp);
        }
        return list;
    }

    public IReadOnlyList<string> Pages(string text, IReadOnlyList<string> choices, string language) =>
        // Plain again, for replies that no SMS renderer made (the apology after a failed turn).
        SmsPager.Paginate(SmsPager.Plain(text), choices, language, foldToGsm7);
}
