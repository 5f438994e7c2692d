using System.Security.Cryptography;
using System.Text;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Web.Pages;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// <c>/admin/review</c>'s HTML: every card for a lawyer or translator to check, one printed page
/// each — the question and answer in English and Spanish side by side, the SMS summaries, the exact
/// evidence quotes linked to their paragraph on <c>/paper</c>, the sources cited and the review
/// dates. No script; styles inline by hash, a print stylesheet that drops the menu and prints links'
/// addresses.
/// </summary>
internal static class ReviewPackHtml
{
    private const string Css = """
        body { font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 72rem; padding: 1rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin: 0 0 .5rem; } h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
        a { color: #0b5394; } :focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
        .card { border: 1px solid #bbb; border-radius: 6px; padding: 1rem; margin: 1.5rem 0; }
        .side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .side > div { min-width: 0; }
        .id { font-family: ui-monospace, monospace; font-weight: normal; color: #444; }
        blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid #999; }
        .due { background: #fff4e5; border-left: 4px solid #b35c00; padding: .3rem .5rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
        .tools { display: flex; gap: 1rem; flex-wrap: wrap; }
        @media (max-width: 40rem) { .side { grid-template-columns: 1fr; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          .tools { display: none; }
          .card { border: 0; margin: 0; padding: 0; break-after: page; }
          .card:last-of-type { break-after: auto; }
          a { color: #000; }
          a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; }
        }
        """;

    /// <summary>No script, nothing loaded, not framed; only this page's own styles.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("\n" + Css + "\n")))}'; "
        + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static string Render(IReadOnlyList<AnswerCard> cards, Paper paper, SourceManifest manifest, DateOnly today)
    {
        var h = HtmlDocument.Encoder;
        var due = CardReviewSchedule.Due(cards, today).Select(d => d.CardId).ToHashSet(StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<main><h1>Review pack</h1>")
            .Append($"<p>{cards.Count} cards; {due.Count} due for review (never reviewed, or past their interval) as of {h.Encode(CardReview.FormatDate(today))}. ")
            .Append("Check each card against the quoted words of the paper and its sources; print this page (one card a page) or export it as CSV, ")
            .Append("edit the text and review columns, and import it with <code>cards import FILE --write</code>. See docs/content-review.md.</p>")
            .Append("<p class=\"tools\"><a href=\"/admin/review.csv\" download>Download as CSV</a><a href=\"/admin\">Back to the admin page</a></p>");
        foreach (var card in cards)
        {
            html.Append(Card(card, paper, manifest, today));
        }
        html.Append("</main>");
        return HtmlDocument.Render("Review pack", Css, html.ToString());
    }

    private static string Card(AnswerCard card, Paper paper, SourceManifest manifest, DateOnly today)
    {
        var h = HtmlDocument.Encoder;
        var html = new StringBuilder($"<article class=\"card\" id=\"card-{h.Encode(card.Id)}\" aria-labelledby=\"title-{h.Encode(card.Id)}\">");
        html.Append($"<h2 id=\"title-{h.Encode(card.Id)}\">{h.Encode(card.Topic)} <span class=\"id\">{h.Encode(card.Id)}</span></h2>");
        html.Append("<div class=\"side\">")
            .Append(Side("English", "en", card.Question, card.Answer, card.Summary))
            .Append(Side("Español", "es", card.QuestionEs, card.AnswerEs, card.SummaryEs))
            .Append("</div>");

        html.Append("<h3>Evidence (the paper's exact words)</h3><ol>");
        foreach (var quote in card.Evidence)
        {
            var anchor = EvidenceAnchor.For(quote, paper.Passages, paper.Footnotes);
            html.Append("<li><blockquote lang=\"en\">\u201C").Append(h.Encode(quote)).Append("\u201D</blockquote>")
                .Append(anchor is null ? "<span class=\"due\">not found in the paper</span>" : $"<a href=\"/paper#{h.Encode(anchor)}\">/paper#{h.Encode(anchor)}</a>")
                .Append("</li>");
        }
        html.Append("</ol>");

        html.Append("<h3>Sources cited</h3><ol>");
        foreach (var id in card.Citations)
        {
            html.Append("<li>");
            if (manifest.TryGet(id, out var source))
            {
                var title = h.Encode(source.CitationTitle);
                var link = id == SourceManifest.PaperId ? "/paper" : source.Url;
                html.Append(link is null ? title : $"<a href=\"{h.Encode(link)}\">{title}</a>");
                foreach (var detail in new[] { source.Publisher, source.Date is null ? null : AsOfDate.Format(source.Date, Language.English) }.Where(d => !string.IsNullOrWhiteSpace(d)))
                {
                    html.Append(", ").Append(h.Encode(detail!));
                }
                if (source.Footnotes.Count > 0)
                {
                    html.Append(" (footnote ").Append(string.Join(", ", source.Footnotes.Select(n => $"<a href=\"/paper#fn-{n}\">{n}</a>"))).Append(')');
                }
            }
            else
            {
                html.Append(h.Encode(id)).Append(" <span class=\"due\">not in sources.json</span>");
            }
            html.Append("</li>");
        }
        html.Append("</ol>");

        var review = card.Review;
        html.Append("<h3>Review</h3><dl>")
            .Append($"<dt>Facts as of</dt><dd>{h.Encode(AsOfDate.Format(card.AsOf, Language.English))}</dd>")
            .Append($"<dt>English reviewed</dt><dd>{Reviewed(review, Language.English, today)}</dd>")
            .Append($"<dt>Spanish reviewed</dt><dd>{(card.AnswerEs is null ? "no Spanish text" : Reviewed(review, Language.Spanish, today))}</dd>")
            .Append($"<dt>Reviewed by</dt><dd>{h.Encode(review.ReviewedBy ?? "(not recorded)")}</dd>")
            .Append($"<dt>Review every</dt><dd>{h.Encode(CardReview.FormatInterval(review.EveryMonths))}</dd>")
            .Append("</dl></article>");
        return html.ToString();
    }

    private static string Side(string heading, string language, string? question, string? answer, string? summary)
    {
        var h = HtmlDocument.Encoder;
        var html = new StringBuilder($"<div lang=\"{language}\"><h3>{h.Encode(heading)}</h3>");
        if (answer is null)
        {
            return html.Append("<p class=\"due\">No text in this language.</p></div>").ToString();
        }
        html.Append("<p><strong>").Append(h.Encode(question ?? "(no question)")).Append("</strong></p>");
        foreach (var paragraph in answer.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            html.Append("<p>").Append(h.Encode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
        html.Append("<p><em>SMS summary:</em> ").Append(h.Encode(summary ?? "(missing)")).Append("</p></div>");
        return html.ToString();
    }

    private static string Reviewed(CardReview review, string language, DateOnly today)
    {
        var h = HtmlDocument.Encoder;
        var reviewed = review.ReviewedIn(language);
        var due = review.DueOn(language);
        var text = reviewed is { } on ? $"{CardReview.FormatDate(on)} (due {CardReview.FormatDate(due!.Value)})" : "never";
        return review.IsDue(today, language) ? $"<span class=\"due\">{h.Encode(text)}: due for review</span>" : h.Encode(text);
    }
}
