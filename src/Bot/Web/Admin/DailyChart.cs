using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using KnowYourRights.Bot.Insights;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// Questions per day, stacked by channel, as a small inline SVG (no script, no external file):
/// one bar a day, a legend, and the same numbers in a table for screen readers and keyboards.
/// </summary>
internal static class DailyChart
{
    private const int BarWidth = 14;
    private const int Gap = 3;
    private const int Height = 120;
    private const int Left = 36;
    private const int Bottom = 18;

    /// <summary>The channel palette (CSS classes <c>ch0</c>…<c>ch5</c>); a seventh channel reuses the last.</summary>
    public const int Colors = 6;

    public static string Render(IReadOnlyList<QuestionCount> counts, DateOnly firstDay, DateOnly today)
    {
        var h = HtmlEncoder.Default;
        var channels = counts.GroupBy(c => c.Channel).OrderByDescending(g => g.Sum(c => c.Count)).Select(g => g.Key).ToList();
        var days = Enumerable.Range(0, today.DayNumber - firstDay.DayNumber + 1).Select(firstDay.AddDays).ToList();
        var perDay = days.ToDictionary(d => d, d => channels.Select(ch => counts.Where(c => c.Day == d && c.Channel == ch).Sum(c => c.Count)).ToList());
        var max = Math.Max(1, perDay.Values.Max(v => v.Sum()));
        var width = Left + (days.Count * (BarWidth + Gap)) + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {width} {Height + Bottom}\" width=\"{width}\" height=\"{Height + Bottom}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">Questions per day from {firstDay:yyyy-MM-dd} to {today:yyyy-MM-dd}, by channel; most in one day: {max}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left - 2}\" y1=\"{Height}\" x2=\"{width}\" y2=\"{Height}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"10\" text-anchor=\"end\">{max}</text><text x=\"{Left - 6}\" y=\"{Height}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < days.Count; i++)
        {
            var x = Left + (i * (BarWidth + Gap));
            var y = (double)Height;
            for (var c = 0; c < channels.Count; c++)
            {
                var n = perDay[days[i]][c];
                if (n == 0)
                {
                    continue;
                }
                var barHeight = Height * (double)n / max;
                y -= barHeight;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"ch{Math.Min(c, Colors - 1)}\" x=\"{x}\" y=\"{y:0.#}\" width=\"{BarWidth}\" height=\"{barHeight:0.#}\"><title>{days[i]:yyyy-MM-dd} {h.Encode(channels[c])}: {n}</title></rect>");
            }
            // The first and last day, and the first of a month when it does not crowd them.
            if (i == 0 || i == days.Count - 1 || (days[i].Day == 1 && i > 2 && i < days.Count - 3))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height + 14}\">{days[i]:MM-dd}</text>");
            }
        }
        svg.Append("</svg>");

        var legend = new StringBuilder("<ul class=\"legend\">");
        var table = new StringBuilder("<table><caption>Questions per channel</caption><thead><tr><th scope=\"col\">Channel</th><th scope=\"col\">Questions</th></tr></thead><tbody>");
        for (var c = 0; c < channels.Count; c++)
        {
            legend.Append(CultureInfo.InvariantCulture, $"<li><span class=\"swatch ch{Math.Min(c, Colors - 1)}\" aria-hidden=\"true\"></span>{h.Encode(channels[c])}</li>");
            table.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(channels[c])}</td><td class=\"num\">{counts.Where(x => x.Channel == channels[c]).Sum(x => x.Count)}</td></tr>");
        }
        legend.Append("</ul>");
        table.Append("</tbody></table>");
        var daily = new StringBuilder("<details><summary>Questions per day as a table</summary><table><caption>Questions per day</caption><thead><tr><th scope=\"col\">Day</th>");
        foreach (var channel in channels)
        {
            daily.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{h.Encode(channel)}</th>");
        }
        daily.Append("</tr></thead><tbody>");
        foreach (var day in days.Where(d => perDay[d].Sum() > 0))
        {
            daily.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{day:yyyy-MM-dd}</th>");
            foreach (var n in perDay[day])
            {
                daily.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{n}</td>");
            }
            daily.Append("</tr>");
        }
        daily.Append("</tbody></table></details>");
        return svg.ToString() + legend + table + daily;
    }
}
