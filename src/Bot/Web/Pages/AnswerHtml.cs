using System.Text;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// An answer as HTML, with the same content the bot sends: the text with its [n] citations as
/// links (the paper's to its paragraph on <c>/paper</c>), the quote it rests on, the date its facts
/// are as of (and, for a card, when it was last reviewed or that it is due), the numbered sources, and the next questions as links to their topic pages.
/// </summary>
internal static partial class AnswerHtml
{
    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex CitationMarker();

    public static string Render(Answer answer, PageTexts t, DateOnly today)
    {
        var h = HtmlDocument.Encoder;
        var html = new StringBuilder($"<div lang=\"{answer.Language}\">");
        var inList = false;
        var first = true;
        foreach (var line in answer.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (first && answer.Kind == AnswerKinds.Urgent)
            {
                // Enforcement happening now: the hotline line first, its number a tel: link (one tap calls).
                first = false;
                html.Append("<p role=\"alert\"><strong>").Append(WithCallLink(Inline(line, answer), answer.Hotline)).Append("</strong></p>");
                continue;
            }
            first = false;
            var item = line.StartsWith("- ", StringComparison.Ordinal);
            if (item != inList)
            {
                html.Append(item ? "<ul>" : "</ul>");
                inList = item;
            }
            html.Append(item ? "<li>" : "<p>").Append(Inline(item ? line[2..] : line, answer)).Append(item ? "</li>" : "</p>");
        }
        if (inList)
        {
            html.Append("</ul>");
        }
        if (answer.Quote is { } quote)
        {
            var number = answer.Citations.FirstOrDefault(c => c.Id == quote.CitationId)?.Number;
            // The lead-in in the answer's language; only the quoted words are marked as English.
            html.Append("<blockquote><p>").Append(h.Encode(QuoteLeadIn.For(answer))).Append("</p><p lang=\"en\">\u201C")
                .Append(h.Encode(quote.Text)).Append('\u201D').Append(number is null ? string.Empty : " " + Inline($"[{number}]", answer)).Append("</p></blockquote>");
        }
        if (answer.Answered && !string.IsNullOrEmpty(answer.AsOf))
        {
            html.Append("<p class=\"meta\">").Append(h.Encode(BotReplyTexts.AsOfAndReview(answer, today))).Append("</p>");
        }
        html.Append(Choices(answer.DidYouMean, t));
        html.Append("</div>");
        if (answer.Citations.Count > 0)
        {
            html.Append("<h2>").Append(h.Encode(t.SourcesHeading)).Append("</h2><ol>");
            foreach (var citation in answer.Citations.OrderBy(c => c.Number))
            {
                var title = h.Encode(citation.Title);
                html.Append($"<li id=\"source-{citation.Number}\">")
                    .Append(citation.Url is null ? title : $"<a href=\"{h.Encode(citation.Url)}\">{title}</a>");
                foreach (var detail in new[] { citation.Publisher, citation.Date is null ? null : AsOfDate.Format(citation.Date, t.Language) }.Where(d => !string.IsNullOrWhiteSpace(d)))
                {
                    html.Append(", ").Append(h.Encode(detail!));
                }
                // On paper a link cannot be followed: each source's address is printed once, here,
                // and never after the [n] markers in the text.
                if (citation.Url is { } url && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
                {
                    html.Append("<span class=\"print-url\"> ").Append(h.Encode(url)).Append("</span>");
                }
                html.Append("</li>");
            }
            html.Append("</ol>");
        }
        if (answer.FollowUps.Count > 0)
        {
            html.Append("<h2>").Append(h.Encode(t.AskNext)).Append("</h2>").Append(Choices(answer.FollowUps, t));
        }
        return html.ToString();
    }

    private static string WithCallLink(string html, UrgentHotline? hotline)
    {
        if (hotline is null)
        {
            return html;
        }
        var phone = HtmlDocument.Encoder.Encode(hotline.Phone);
        return html.Replace(phone, $"<a href=\"tel:{phone}\">{phone}</a>", StringComparison.Ordinal);
    }

    /// <summary>Each choice is a link to its topic page, which shows that card's answer.</summary>
    private static string Choices(IReadOnlyList<AnswerChoice> choices, PageTexts t) =>
        choices.Count == 0 ? string.Empty
        : "<ul>" + string.Concat(choices.Select(c => $"<li><a href=\"/topics/{Uri.EscapeDataString(c.Id)}{t.Query}\">{HtmlDocument.Encoder.Encode(c.Question)}</a></li>")) + "</ul>";

    /// <summary>Text with its [n] markers linked to their sources (the paper's to its paragraph) and its bare URLs linked.</summary>
    private static string Inline(string text, Answer answer)
    {
        var h = HtmlDocument.Encoder;
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in CitationMarker().Matches(text))
        {
            html.Append(HtmlText.WithLinks(text[at..match.Index]));
            at = match.Index + match.Length;
            var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var citation = answer.Citations.FirstOrDefault(c => c.Number == number);
            html.Append(citation is null
                ? match.Value
                : $"<a href=\"{h.Encode(citation.Url ?? $"#source-{number}")}\" title=\"{h.Encode(citation.Title)}\">{match.Value}</a>");
        }
        return html.Append(HtmlText.WithLinks(text[at..])).ToString();
    }
}
