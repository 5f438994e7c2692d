using System.Globalization;
using System.Text;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Cli;

/// <summary>Renders an answer for a terminal: the answer, its date, numbered sources, follow-ups and the notice.</summary>
internal static class PlainTextAnswer
{
    public static string Render(Answer answer)
    {
        var text = new StringBuilder();
        text.AppendLine(answer.Text);
        if (answer.AsOf is not null)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"As of {AsOfDate.Format(answer.AsOf, answer.Language)}.");
        }
        if (answer.Quote is not null)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{QuoteLeadIn.For(answer)} \"{answer.Quote.Text}\"");
        }
        if (answer.Citations.Count > 0)
        {
            text.AppendLine().AppendLine("Sources:");
            foreach (var c in answer.Citations)
            {
                var details = string.Join(", ", new[] { c.Publisher, c.Date }.Where(s => !string.IsNullOrEmpty(s)));
                text.AppendLine(CultureInfo.InvariantCulture, $"[{c.Number}] {c.Title}{(details.Length > 0 ? $" ({details})" : string.Empty)}{(c.Url is null ? string.Empty : " " + c.Url)}");
            }
        }
        var choices = answer.DidYouMean.Count > 0 ? answer.DidYouMean : answer.FollowUps;
        if (choices.Count > 0)
        {
            text.AppendLine().AppendLine(answer.DidYouMean.Count > 0 ? "Did you mean:" : "You can also ask:");
            foreach (var choice in choices)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {choice.Question}");
            }
        }
        text.AppendLine().Append(answer.Notice);
        return text.ToString();
    }
}
