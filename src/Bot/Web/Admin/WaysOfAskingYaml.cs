using System.Text;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// A group's logged questions as lines for a card's <c>questions:</c> list (the card seed format
/// of <c>seeds/answers/*.md</c>): each distinct question the card does not already have, in
/// YAML double quotes, indented as the seeds are.
/// </summary>
internal static class WaysOfAskingYaml
{
    public static string For(AnswerCard card, IEnumerable<UnansweredQuestion> questions)
    {
        var known = new HashSet<string>(card.Questions.Select(Normalize), StringComparer.OrdinalIgnoreCase);
        var lines = new StringBuilder();
        lines.Append("# Paste under questions: in seeds/answers/").Append(card.Id).Append(".md\n");
        foreach (var question in questions.Select(q => q.Text.Trim()).Where(q => q.Length > 0))
        {
            if (known.Add(Normalize(question)))
            {
                lines.Append("  - ").Append(Quote(question)).Append('\n');
            }
        }
        return lines.ToString();
    }

    /// <summary>A YAML double-quoted scalar: backslash and quote escaped, line breaks and other control characters made spaces.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    private static string Normalize(string question) => string.Join(' ', question.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!');
}
