using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// A source's short name for the SMS source line, "ACLU 2018": the publisher when it is short,
/// else the title when that is short (a case: "City of Chicago v. Barr"), else the publisher's
/// initials ("Immigrant Legal Resource Center" → ILRC), else the title's first words.
/// </summary>
public static class SmsSourceNames
{
    private const int MaxName = 22;

    // A case name is worth two more characters: "City of Chicago v. Barr".
    private const int MaxTitle = 24;

    /// <summary>"Sources:" before the short source names (in SMS replies and in the phone line's text).</summary>
    public static string Label(string language) => language == Language.Spanish ? "Fuentes:" : "Sources:";

    /// <summary>The source id of the policy paper itself (seeds/sources.json), which the answers call "the paper".</summary>
    private const string PaperId = "paper";

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "on", "in", "to", "a", "an", "de", "la", "el", "y" };

    public static string Short(AnswerCitation citation, string language)
    {
        var name = SmsPlainText.Plain(Name(citation, language)).Trim();
        var year = citation.Date is { Length: >= 4 } date && date[..4].All(char.IsAsciiDigit) ? " " + date[..4] : string.Empty;
        return name + year;
    }

    private static string Name(AnswerCitation citation, string language)
    {
        if (citation.Id == PaperId)
        {
            return language == Language.Spanish ? "Informe" : "Paper";
        }
        var publisher = citation.Publisher?.Split(',')[0].Trim();
        if (!string.IsNullOrEmpty(publisher) && publisher.Length <= MaxName)
        {
            return publisher;
        }
        if (citation.Title.Length <= MaxTitle)
        {
            return citation.Title;
        }
        if (!string.IsNullOrEmpty(publisher) && Initials(publisher) is { Length: >= 2 and <= 5 } initials)
        {
            return initials;
        }
        return FirstWords(citation.Title);
    }

    private static string Initials(string name) => string.Concat(
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !MinorWords.Contains(w) && char.IsUpper(w[0]))
            .Select(w => w.Replace(".", string.Empty, StringComparison.Ordinal))
            .Select(w => w.All(char.IsUpper) ? w : w[..1]));

    private static string FirstWords(string title)
    {
        var words = new List<string>();
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Join(' ', words.Append(word)).Length > MaxName)
            {
                break;
            }
            words.Add(word);
        }
        while (words.Count > 1 && MinorWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words.Count == 0 ? title[..MaxName] : string.Join(' ', words).TrimEnd(':', ',', ';');
    }
}
