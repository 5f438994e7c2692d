using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>The bot's own words when it says where an answer comes from (see <see cref="SourceComposer"/>), in English and Spanish.</summary>
internal static class SourceTexts
{
    /// <summary>Leads the card's own words about the sources the paper points to.</summary>
    public static string PaperPointsTo(string language, int count) => (language == Language.Spanish, count == 1) switch
    {
        (false, true) => "The paper, written in 2020, points to this source.",
        (false, false) => "The paper, written in 2020, points to these sources.",
        (true, true) => "El documento, escrito en 2020, se apoya en esta fuente.",
        (true, false) => "El documento, escrito en 2020, se apoya en estas fuentes.",
    };

    /// <summary>The paper names no other source for what was just said.</summary>
    public static string PaperItself(string language) => language == Language.Spanish
        ? "Esto lo dice el documento mismo, escrito en 2020. No nombra otra fuente para esto."
        : "This comes from the paper itself, written in 2020. It does not name another source for it.";

    /// <summary>A title longer than this is left to the citation below the answer: long titles make the answer hard to read.</summary>
    private const int MaxTitleWords = 6;

    /// <summary>
    /// One source as a reader names it: who, where and when, and its title when short
    /// ("Spencer Amdur, ACLU, December 3, 2018."; "Pratheepan Gulasekaram et al., 119 Colum. L. Rev. 837 (2019).").
    /// </summary>
    public static string Describe(Source source, string language)
    {
        var who = source.Author ?? source.Publisher;
        var where = source.Author is not null ? source.Citation ?? source.Publisher : null;
        // A law review's citation holds its year already: "119 Colum. L. Rev. 837 (2019)".
        var when = source.Date is null || (where?.Contains(source.Date[..4], StringComparison.Ordinal) ?? false) ? null : AsOfDate.Format(source.Date, language);
        var title = ReadingGrade.CountWords(source.Title) <= MaxTitleWords ? $"\"{source.Title}\"" : null;
        var text = string.Join(", ", new[] { who, title, where, when }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.EndsWith('.') ? text : text + ".";
    }
}
