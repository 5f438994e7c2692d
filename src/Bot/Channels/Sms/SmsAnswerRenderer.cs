using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Renders for SMS (channel <c>sms</c>: Azure's Twilio channel and the direct webhook): plain
/// text in paragraphs separated by a blank line, GSM-7 look-alikes for typographic characters,
/// no Markdown and no supporting quote; citations stay as <c>[n]</c> markers with a short source
/// line ("Sources: [1] ACLU 2018; [2] CATO Institute 2019"), the links come on SOURCES, as short
/// links of this app (<see cref="SmsShortLinks"/>). A card's answer starts with its summary, alone
/// in the first message, and the full answer follows on MORE (so does an answer from ICE's 287(g)
/// list, whose summary is the agencies and the list's date in at most two segments); other answers (quoted passages,
/// declines, "did you mean") are short or have no one main thing, and are paged as they are.
/// The same renderer serves WhatsApp through Twilio with <see cref="WhatsAppMessageFormat"/>: the
/// same plain paragraphs, source line and keywords, laid out as one whole message.
/// Choices stay suggested actions here; <see cref="SmsConversationMiddleware"/> turns them into
/// numbered lines and cuts the text into pages of at most two segments, because both depend
/// on what the sender was last shown.
/// </summary>
public sealed class SmsAnswerRenderer(SmsShortLinks links, ITextMessageFormat format) : IReplyRenderer
{
    /// <summary>The renderer for SMS.</summary>
    public SmsAnswerRenderer(SmsShortLinks links)
        : this(links, SmsMessageFormat.Instance)
    {
    }

    public bool Handles(string channelId) => string.Equals(channelId, format.ChannelId, StringComparison.OrdinalIgnoreCase);

    public IMessageActivity Answer(Answer answer, bool withNotice)
    {
        var language = answer.Language;
        var paragraphs = SmsPlainText.Paragraphs(answer.Text).ToList();
        var sourceLine = SourceLine(answer, language);
        if (sourceLine.Length > 0)
        {
            paragraphs.Add(sourceLine);
        }
        if (withNotice)
        {
            paragraphs.Add(Notice(answer.Notice, language));
        }
        // "What do I do?": where to get help for one's own case belongs in the first message, not after several MOREs.
        var legalHelp = AsksWhatToDo(answer) ? SmsPlainText.Plain(SmsReplyTexts.LegalHelp(language)) : null;
        // SMS: the summary first and the rest on MORE; WhatsApp: the whole answer under its heading.
        var text = format.Answer(answer, paragraphs, legalHelp);
        return Message(text, language, AnswerChoices.For(answer));
    }

    /// <summary>
    /// A question that asks what to do ("what do I do", "qué hago", <see cref="QuestionKind.Help"/>),
    /// answered by something other than a decline or an urgent reply, which lead with legal help already.
    /// </summary>
    private static bool AsksWhatToDo(Answer answer) =>
        answer.Kind is not (AnswerKinds.Decline or AnswerKinds.Urgent)
        && QuestionKinds.Read(answer.Question).Kind == QuestionKind.Help;

    public IMessageActivity Welcome(string language, IReadOnlyList<AnswerChoice> menu, string? notice)
    {
        // The topics in the first message, by their short labels (a number asks the topic's
        // question); the notice after them, on MORE when it does not fit too.
        var text = SmsReplyTexts.Welcome(language) + SmsPager.ChoicesHere + (notice is null ? string.Empty : Notice(notice, language));
        var message = Message(text, language, []);
        message.SuggestedActions = new SuggestedActions
        {
            Actions = menu.Select(c => new CardAction(ActionTypes.ImBack, title: c.Label ?? c.Question, value: c.Question)).ToList(),
        };
        return message;
    }

    public IMessageActivity Sources(string language, IReadOnlyList<AnswerCitation> sources)
    {
        if (sources.Count == 0)
        {
            return Message([SmsPlainText.Plain(BotReplyTexts.NoSources(language))], language, []);
        }
        var lines = new List<string> { SmsSourceNames.Label(language) };
        foreach (var source in sources.OrderBy(s => s.Number))
        {
            // "[2] ACLU 2018 https://host/s/ab12cd": the short name of the source line and a short
            // link, so that every answer's sources fit one message. With no public address known,
            // the source's own link, in full (and paged).
            var link = links.LinkFor(source) ?? (links.BaseUrl is null ? source.Url : null);
            var line = $"[{source.Number}] {SmsSourceNames.Short(source, language)}";
            lines.Add(SmsPlainText.Plain(link is null ? line : line + " " + link));
        }
        return Message(lines, language, []);
    }

    public IMessageActivity NoneOfThese(string language, IReadOnlyList<AnswerChoice> menu) =>
        Message([SmsPlainText.Plain(BotReplyTexts.NoneOfThese(language))], language, menu.Select(c => c.Question).ToList());

    /// <summary>"Facts as of November 2020. Sources: [1] Paper 2020; [2] ACLU 2018. Reply SOURCES for links."</summary>
    private static string SourceLine(Answer answer, string language)
    {
        var parts = new List<string>();
        if (answer.Answered && !string.IsNullOrEmpty(answer.AsOf))
        {
            parts.Add(BotReplyTexts.AsOf(AsOfDate.Format(answer.AsOf, language), language));
        }
        if (answer.Citations.Count > 0)
        {
            var names = answer.Citations.OrderBy(c => c.Number).Select(c => $"[{c.Number}] {SmsSourceNames.Short(c, language)}");
            parts.Add(SmsSourceNames.Label(language) + " " + string.Join("; ", names) + ".");
            parts.Add(SmsReplyTexts.SourcesHint(language));
        }
        return SmsPlainText.Plain(string.Join(' ', parts));
    }

    /// <summary>The not-legal-advice notice, with the carrier keywords the first message should name.</summary>
    private static string Notice(string notice, string language) => SmsPlainText.Plain(notice) + " " + SmsReplyTexts.Keywords(language);

    private static IMessageActivity Message(IReadOnlyList<string> paragraphs, string language, IReadOnlyList<string> choices) =>
        Message(string.Join(SmsPlainText.ParagraphBreak, paragraphs), language, choices);

    private static IMessageActivity Message(string text, string language, IReadOnlyList<string> choices)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Plain;
        message.Locale = language == Language.Spanish ? "es" : "en";
        if (choices.Count > 0)
        {
            message.SuggestedActions = new SuggestedActions
            {
                Actions = choices.Select(q => new CardAction(ActionTypes.ImBack, title: q, value: q)).ToList(),
            };
        }
        return message;
    }
}
