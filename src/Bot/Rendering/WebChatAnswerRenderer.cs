using System.Text;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Rendering;

/// <summary>
/// Renders for Web Chat and other Markdown channels. Citations follow Web Chat's citation
/// format (docs/CITATION.md in BotFramework-WebChat, 4.16+): the text carries pure-identifier
/// references like <c>[1]</c>, and the message ends with Markdown reference-style link
/// definitions <c>[1]: https://… "Title"</c>, which Web Chat shows as a numbered source list and
/// other CommonMark clients show as ordinary links. A source with no URL cannot be a reference
/// definition (that is not valid Markdown), so it is written as a plain numbered line.
/// Follow-ups, "did you mean" and the topic menu become suggested actions (imBack), so one tap
/// asks the question and the question shows in the transcript. A card answer carries Web Chat's
/// thumbs up and down (<see cref="WebChatFeedback"/>) when <paramref name="feedback"/> is given.
/// </summary>
public sealed partial class WebChatAnswerRenderer(TimeProvider time, FeedbackTickets? feedback = null) : IReplyRenderer
{
    // "[2][3]" is one Markdown link (text "2", label "3"); a space keeps them two references.
    [GeneratedRegex(@"(\[\d+\])(?=\[\d+\])")]
    private static partial Regex AdjacentMarkers();

    public bool Handles(string channelId) => !string.Equals(channelId, ConnectorChannels.Sms, StringComparison.OrdinalIgnoreCase);

    public IMessageActivity Answer(Answer answer, bool withNotice)
    {
        var language = answer.Language;
        if (answer.Kind == AnswerKinds.Urgent)
        {
            return Urgent(answer, withNotice);
        }
        var text = new StringBuilder(MarkdownText.Paragraphs(AdjacentMarkers().Replace(answer.Text, "$1 ")));

        if (answer.Quote is { } quote)
        {
            var number = answer.Citations.FirstOrDefault(c => c.Id == quote.CitationId)?.Number;
            // A block quote of two paragraphs: where the words come from, then the words.
            text.Append("\n\n> ").Append(MarkdownText.Escape(QuoteLeadIn.For(answer)))
                .Append("\n>\n> \u201C").Append(MarkdownText.Escape(quote.Text)).Append('\u201D')
                .Append(number is null ? string.Empty : $" [{number}]");
        }
        if (answer.Answered && !string.IsNullOrEmpty(answer.AsOf))
        {
            // Beside the as-of date, when the card was last reviewed (or that it is due), on today's date where the app runs.
            text.Append("\n\n_").Append(BotReplyTexts.AsOfAndReview(answer, DateOnly.FromDateTime(time.GetLocalNow().DateTime))).Append('_');
        }
        if (withNotice)
        {
            text.Append("\n\n").Append(MarkdownText.Escape(answer.Notice));
        }
        AppendCitations(text, answer.Citations);

        var message = Message(text.ToString(), language, AnswerChoices.For(answer));
        // Card answers only: a decline or a "did you mean" is already counted as a failure.
        if (feedback?.Issue(answer) is { } ticket)
        {
            message.Entities = [.. message.Entities ?? [], WebChatFeedback.Entity(ticket)];
        }
        return message;
    }

    public IMessageActivity Welcome(string language, IReadOnlyList<AnswerChoice> menu, string? notice)
    {
        var text = ReplyTexts.Welcome(language) + (notice is null ? string.Empty : "\n\n" + MarkdownText.Escape(notice));
        return Message(text, language, menu.Select(c => c.Question));
    }

    public IMessageActivity Sources(string language, IReadOnlyList<AnswerCitation> sources)
    {
        if (sources.Count == 0)
        {
            return Message(BotReplyTexts.NoSources(language), language, []);
        }
        var text = new StringBuilder(BotReplyTexts.SourcesLead(language)).Append("\n\n");
        foreach (var source in sources.OrderBy(s => s.Number))
        {
            // Numbered as in the answer; a list item per source with the URL spelled out, so it
            // can be read, copied or checked before it is opened.
            text.Append(source.Number).Append(". **").Append(MarkdownText.Escape(source.Title)).Append("**");
            var details = new[] { source.Publisher, source.Date is null ? null : AsOfDate.Format(source.Date, language) }
                .Where(d => !string.IsNullOrWhiteSpace(d));
            foreach (var detail in details)
            {
                text.Append(" \u2014 ").Append(MarkdownText.Escape(detail!));
            }
            if (!string.IsNullOrWhiteSpace(source.Url))
            {
                text.Append(" \u2014 <").Append(MarkdownText.Destination(source.Url)).Append('>');
            }
            text.Append('\n');
        }
        return Message(text.ToString().TrimEnd(), language, []);
    }

    public IMessageActivity NoneOfThese(string language, IReadOnlyList<AnswerChoice> menu) =>
        Message(BotReplyTexts.NoneOfThese(language), language, menu.Select(c => c.Question));

    /// <summary>
    /// Enforcement happening now: the hotline line in bold with its number as a <c>tel:</c> link
    /// (one tap calls on a phone), a Call button, then the rest of the reply as written.
    /// </summary>
    private static IMessageActivity Urgent(Answer answer, bool withNotice)
    {
        // As a decline's text: the directories' addresses stay bare, for Web Chat to link.
        var paragraphs = MarkdownText.Paragraphs(answer.Text);
        if (answer.Hotline is { } hotline)
        {
            var cut = paragraphs.IndexOf("\n\n", StringComparison.Ordinal);
            var first = cut < 0 ? paragraphs : paragraphs[..cut];
            var rest = cut < 0 ? string.Empty : paragraphs[cut..];
            paragraphs = "**" + first.Replace(hotline.Phone, $"[{hotline.Phone}](tel:{hotline.Phone})", StringComparison.Ordinal) + "**" + rest;
        }
        var text = new StringBuilder(paragraphs);
        if (withNotice)
        {
            text.Append("\n\n").Append(MarkdownText.Escape(answer.Notice));
        }
        var message = Message(text.ToString(), answer.Language, []);
        if (answer.Hotline is { } call)
        {
            message.SuggestedActions = new SuggestedActions
            {
                Actions = [new CardAction(ActionTypes.Call, title: BotReplyTexts.CallHotline(call.Name, answer.Language), value: "tel:" + call.Phone)],
            };
        }
        return message;
    }

    /// <summary>Sources without a URL first, as plain numbered lines; then the reference definitions, last in the message as Web Chat expects.</summary>
    private static void AppendCitations(StringBuilder text, IReadOnlyList<AnswerCitation> citations)
    {
        if (citations.Count == 0)
        {
            return;
        }
        var ordered = citations.OrderBy(c => c.Number).ToList();
        var plain = ordered.Where(c => string.IsNullOrWhiteSpace(c.Url)).ToList();
        var linked = ordered.Where(c => !string.IsNullOrWhiteSpace(c.Url)).ToList();
        if (plain.Count > 0)
        {
            text.Append("\n\n").AppendJoin("  \n", plain.Select(c => $"\\[{c.Number}\\] {MarkdownText.Escape(c.Title)}"));
        }
        if (linked.Count > 0)
        {
            text.Append("\n\n").AppendJoin("\n", linked.Select(c => $"[{c.Number}]: {MarkdownText.Destination(c.Url!)} {MarkdownText.Title(c.Title)}"));
        }
    }

    private static IMessageActivity Message(string markdown, string language, IEnumerable<string> choices)
    {
        var message = MessageFactory.Text(markdown);
        message.TextFormat = TextFormatTypes.Markdown;
        message.Locale = language == Language.Spanish ? "es" : "en";
        var actions = choices.Distinct(StringComparer.Ordinal)
            .Select(q => new CardAction(ActionTypes.ImBack, title: q, value: q))
            .ToList();
        if (actions.Count > 0)
        {
            message.SuggestedActions = new SuggestedActions { Actions = actions };
        }
        return message;
    }
}
