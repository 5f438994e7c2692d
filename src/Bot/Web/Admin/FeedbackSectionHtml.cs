using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using KnowYourRights.Bot.Insights;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// The admin page's "Helpfulness" section: votes per card (most "not helpful" first, since a
/// wrong answer given confidently shows nowhere else) and the questions voted not helpful, with
/// the card they were given.
/// </summary>
internal static class FeedbackSectionHtml
{
    /// <summary>The most cards and questions listed.</summary>
    public const int MaxRows = 50;

    public static string Render(AdminDashboard model)
    {
        var h = HtmlEncoder.Default;
        var html = new StringBuilder("<h2 id=\"helpfulness\">Helpfulness</h2>");
        var cards = model.Votes.GroupBy(v => v.CardId)
            .Select(g => (Id: g.Key,
                Helpful: g.Where(v => v.Vote == FeedbackVotes.Helpful).Sum(v => v.Count),
                NotHelpful: g.Where(v => v.Vote == FeedbackVotes.NotHelpful).Sum(v => v.Count),
                Channels: string.Join(", ", g.GroupBy(v => v.Channel).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Sum(v => v.Count)}"))))
            .OrderByDescending(c => c.NotHelpful).ThenByDescending(c => (double)c.NotHelpful / Math.Max(1, c.Helpful + c.NotHelpful)).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        html.Append("<p>Votes on card answers (Web Chat's thumbs, the <code>/ask</code> buttons), most \"not helpful\" first.</p>");
        html.Append("<table id=\"votes\"><thead><tr><th scope=\"col\">Card</th><th scope=\"col\">Not helpful</th><th scope=\"col\">Helpful</th><th scope=\"col\">Share not helpful</th><th scope=\"col\">Channels</th></tr></thead><tbody>");
        if (cards.Count == 0)
        {
            html.Append("<tr><td colspan=\"5\">No votes yet.</td></tr>");
        }
        foreach (var card in cards.Take(MaxRows))
        {
            var topic = model.Cards.TryGet(card.Id, out var known) ? known.Topic : card.Id;
            var share = (double)card.NotHelpful / Math.Max(1, card.Helpful + card.NotHelpful);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{h.Encode(topic)} <code>{h.Encode(card.Id)}</code></td><td class=\"num\">{card.NotHelpful}</td><td class=\"num\">{card.Helpful}</td><td class=\"num\">{share:P0}</td><td>{h.Encode(card.Channels)}</td></tr>");
        }
        html.Append("</tbody></table>");

        html.Append("<h3 id=\"not-helpful\">Questions voted not helpful</h3>");
        if (!model.Insights.StoreText)
        {
            html.Append("<p class=\"note\">Question text is not kept (<code>Insights:StoreText=false</code>): only the counts above.</p>");
            return html.ToString();
        }
        if (model.NotHelpful.Count == 0)
        {
            html.Append("<p>None kept in this window.</p>");
            return html.ToString();
        }
        html.Append("<p>Newest first, with personal details removed (shown as […]): the question and the card it was given.</p><table id=\"not-helpful-questions\"><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Question</th><th scope=\"col\">Card given</th><th scope=\"col\">Channel</th></tr></thead><tbody>");
        foreach (var question in model.NotHelpful.Take(MaxRows))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{question.Day:yyyy-MM-dd}</td><td lang=\"{h.Encode(question.Language)}\">{h.Encode(question.Text)}</td><td><code>{h.Encode(question.CardId ?? "—")}</code></td><td>{h.Encode(question.Channel)}</td></tr>");
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }
}
