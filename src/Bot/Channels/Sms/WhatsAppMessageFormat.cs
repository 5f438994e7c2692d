using System.Text;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// WhatsApp through Twilio: a card's answer whole, under its question in <c>*bold*</c> (WhatsApp's
/// own emphasis), in one message of at most <see cref="MaxLength"/> characters; no summary first
/// and no segment paging, since WhatsApp has no segments to pay for. Links stay plain URLs, which
/// WhatsApp makes tappable. Only a reply longer than one message (a long quoted passage, a long
/// list of sources) is cut, between paragraphs where it can, with the rest on MORE as on SMS.
/// Nothing is folded to GSM-7: WhatsApp shows every letter.
/// </summary>
public sealed class WhatsAppMessageFormat(KnowledgeIndex index) : ITextMessageFormat
{
    /// <summary>The longest message body Twilio sends to WhatsApp.</summary>
    public const int MaxLength = 1600;

    public string ChannelId => TwilioTextChannels.WhatsApp;

    public string Answer(Answer answer, IReadOnlyList<string> paragraphs, string? legalHelp)
    {
        var text = string.Join(SmsPlainText.ParagraphBreak, SmsMessageFormat.WithLegalHelp(paragraphs, legalHelp));
        // One card's answer (a combined answer has no summary and no one heading).
        if (answer.Kind == AnswerKinds.Card && answer.Summary is not null && Heading(answer) is { } heading)
        {
            return Bold(heading) + SmsPlainText.ParagraphBreak + text;
        }
        return text;
    }

    public IReadOnlyList<string> Pages(string text, IReadOnlyList<string> choices, string language)
    {
        var paragraphs = Clean(text).Split(SmsPlainText.ParagraphBreak).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (choices.Count > 0)
        {
            // One line each, under the lead: a short list reads better in a chat bubble than SMS's blank lines.
            paragraphs.Add(SmsReplyTexts.ChoicesLead(language) + "\n"
                + string.Join("\n", choices.Select((c, i) => SmsPager.ChoiceLine(i + 1, SmsPlainText.Plain(c)))));
        }
        return Pack(paragraphs, SmsPlainText.ParagraphBreak + SmsReplyTexts.MorePrompt(language));
    }

    /// <summary>WhatsApp's bold: <c>*text*</c>, with no asterisk inside and none of the spaces next to them that would undo it.</summary>
    public static string Bold(string text) => "*" + text.Replace("*", string.Empty, StringComparison.Ordinal).Trim() + "*";

    /// <summary>The card's question in the answer's language.</summary>
    private string? Heading(Answer answer)
    {
        if (answer.CardId is null || !index.Current.Cards.TryGet(answer.CardId, out var card))
        {
            return null;
        }
        var question = answer.Language == Language.Spanish ? card.QuestionEs ?? card.Question : card.Question;
        return SmsPlainText.Plain(question);
    }

    /// <summary>Paragraphs into messages of at most <see cref="MaxLength"/>, each but the last ending with <paramref name="morePrompt"/>.</summary>
    private static List<string> Pack(IEnumerable<string> paragraphs, string morePrompt)
    {
        var room = MaxLength - morePrompt.Length;
        var pages = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in paragraphs.SelectMany(p => Pieces(p, room)))
        {
            if (current.Length > 0 && current.Length + SmsPlainText.ParagraphBreak.Length + piece.Length > room)
            {
                pages.Add(current.Append(morePrompt).ToString());
                current.Clear();
            }
            current.Append(current.Length > 0 ? SmsPlainText.ParagraphBreak : string.Empty).Append(piece);
        }
        var last = current.ToString();
        if (pages.Count > 0 && pages[^1].Length - morePrompt.Length + SmsPlainText.ParagraphBreak.Length + last.Length <= MaxLength)
        {
            // The last piece fits the page before it without the prompt: no page for it alone.
            pages[^1] = pages[^1][..^morePrompt.Length] + SmsPlainText.ParagraphBreak + last;
            return pages;
        }
        pages.Add(last);
        return pages;
    }

    /// <summary>A paragraph in pieces of at most <paramref name="room"/> characters, cut after a space where there is one.</summary>
    private static IEnumerable<string> Pieces(string paragraph, int room)
    {
        var rest = paragraph;
        while (rest.Length > room)
        {
            var cut = rest.LastIndexOf(' ', room);
            if (cut <= room / 2)
            {
                cut = char.IsHighSurrogate(rest[room - 1]) ? room - 1 : room;
            }
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }
        yield return rest;
    }

    /// <summary>No page breaks (SMS's, from a shared reply) and no control characters, which TwiML's XML cannot carry.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace(SmsPager.PageBreak, SmsPlainText.ParagraphBreak, StringComparison.Ordinal))
        {
            if (c == '\n' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
