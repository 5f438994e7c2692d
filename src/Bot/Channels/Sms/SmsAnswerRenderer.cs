using System.Text;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Renders for SMS (channel <c>sms</c>: Azure's Twilio channel and the direct webhook): plain
/// text in paragraphs separated by a blank line, GSM-7 look-alikes for typographic characters,
/// no Markdown and no supporting quote; citations stay as <c>[n]</c> markers with a short source
/// line ("Sources: [1] ACLU 2018; [2] CATO Institute 2019"), the full links come on SOURCES.
/// Choices stay suggested actions here; <see cref="SmsConversationMiddleware"/> turns them into
/// numbered lines and cuts the text into pages of at most two segments, because both depend
/// on what the sender was last shown.
/// </summary>
public sealed class SmsAnswerRenderer : IReplyRenderer
{
    public bool Handles(string channelId) => string.Equals(channelId, ConnectorChannels.Sms, StringComparison.OrdinalIgnoreCase);

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
        return Message(paragraphs, language, AnswerChoices.For(answer));
    }

    public IMessageActivity Welcome(string language, IReadOnlyList<AnswerChoice> menu, string? notice)
    {
        var paragraphs = new List<string> { SmsReplyTexts.Welcome(language) };
        if (notice is not null)
        {
            paragraphs.Add(Notice(notice, language));
        }
        return Message(paragraphs, language, menu.Select(c => c.Question).ToList());
    }

    public IMessageActivity Sources(string language, IReadOnlyList<AnswerCitation> sources)
    {
        if (sources.Count == 0)
        {
            return Message([SmsPlainText.Plain(BotReplyTexts.NoSources(language))], language, []);
        }
        var paragraphs = new List<string> { SmsPlainText.Plain(BotReplyTexts.SourcesLead(language)) };
        foreach (var source in sources.OrderBy(s => s.Number))
        {
            // Each source in full, numbered as in the answer, with its link spelled out.
            var details = new[] { source.Publisher, source.Date is null ? null : AsOfDate.Format(source.Date, language) }
                .Where(d => !string.IsNullOrWhiteSpace(d));
            var line = new StringBuilder().Append('[').Append(source.Number).Append("] ").Append(source.Title);
            foreach (var detail in details)
            {
                line.Append(", ").Append(detail);
            }
            if (!string.IsNullOrWhiteSpace(source.Url))
            {
                line.Append(": ").Append(source.Url);
            }
            paragraphs.Add(SmsPlainText.Plain(line.ToString()));
        }
        return Message(paragraphs, language, []);
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
            parts.Add(SmsReplyTexts.SourcesLabel(language) + " " + string.Join("; ", names) + ".");
            parts.Add(SmsReplyTexts.SourcesHint(language));
        }
        return SmsPlainText.Plain(string.Join(' ', parts));
    }

    /// <summary>The not-legal-advice notice, with the carrier keywords the first message should name.</summary>
    private static string Notice(string notice, string language) => SmsPlainText.Plain(notice) + " " + SmsReplyTexts.Keywords(language);

    private static IMessageActivity Message(IReadOnlyList<string> paragraphs, string language, IReadOnlyList<string> choices)
    {
        var message = MessageFactory.Text(string.Join(SmsPlainText.ParagraphBreak, paragraphs));
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
