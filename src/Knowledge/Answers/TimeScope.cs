using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The sources end when they were written (the paper in 2020). A question about a later year
/// ("did Biden end 287(g) in 2021?") cannot be answered from them, however close its words are
/// to a card: it gets a reply that says how old the sources are instead of an answer that
/// sounds current. A message about the writer's own life ("my court date is in March 2026")
/// names a year for another reason and is answered as usual.
/// </summary>
internal static partial class TimeScope
{
    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(i|i'm|im|i've|my|me|we|our|us|yo|mi|mis|me|tengo|estoy|nuestro|nuestra)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    /// <summary>The first year the question names that is later than every dated source, or null.</summary>
    public static int? AsksAfterSources(string question, SourceManifest manifest)
    {
        var latest = manifest.Sources.Append(manifest.Paper)
            .Select(s => s.Date is { Length: >= 4 } date && int.TryParse(date[..4], out var year) ? year : 0)
            .Max();
        if (FirstPerson().IsMatch(question))
        {
            return null;
        }
        var later = Year().Matches(question).Select(m => int.Parse(m.Value)).Where(y => y > latest).ToList();
        return latest > 0 && later.Count > 0 ? later[0] : null;
    }
}
