using System.Text;

namespace KnowYourRights.Bot.Rendering;

/// <summary>Small helpers for writing Markdown safely (Web Chat renders CommonMark via markdown-it).</summary>
public static class MarkdownText
{
    private const string Special = "\\`*_[]<>#|~";

    /// <summary>Escapes text from data (titles, quotes) so it shows as written and cannot form links or markup.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The answer texts use single line breaks between sentences of a reply and "- " for lists.
    /// Markdown would run lines together, so each line becomes its own paragraph, except that
    /// list items stay together as one list.
    /// </summary>
    public static string Paragraphs(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var builder = new StringBuilder(text.Length + 16);
        var previousWasItem = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }
            var isItem = line.StartsWith("- ", StringComparison.Ordinal);
            if (builder.Length > 0)
            {
                builder.Append(isItem && previousWasItem ? "\n" : "\n\n");
            }
            builder.Append(line);
            previousWasItem = isItem;
        }
        return builder.ToString();
    }

    /// <summary>A link destination with nothing in it that would end the link early.</summary>
    public static string Destination(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);

    /// <summary>A link title in double quotes.</summary>
    public static string Title(string title) =>
        "\"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
