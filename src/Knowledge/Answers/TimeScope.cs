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

    /// <summary>
    /// Words that ask about the present ("right now", "currently", "this year", "actualmente"), and plain
    /// "now"/"ahora" except in a question about a number ("how many are there now?"), which is answered
    /// with the sources' latest figure, dated, or about what comes next ("what happens now?").
    /// </summary>
    [GeneratedRegex(@"\b(right now|currently|at the moment|at present|these days|nowadays|this (year|month|week)|today|as of today|up to date|now|ahora mismo|ahora|actualmente|hoy en d[ií]a|en este momento|este año|este mes|esta semana|hoy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Present();

    /// <summary>
    /// True when the question asks how things stand now ("who runs ICE right now?", "which counties
    /// currently have 287(g)?"): the sources are from 2020 and cannot say. A message about the writer's own
    /// life ("my brother is in jail right now") uses the words for another reason and is answered as usual.
    /// </summary>
    public static bool AsksAboutNow(string question) =>
        (Present().Matches(question).Any(m => !IsPlainNow(m.Value) || !NumberOrNextStep().IsMatch(question)) && !FirstPerson().IsMatch(question))
        || WhoIsNow().IsMatch(question);

    private static bool IsPlainNow(string word) => word.Equals("now", StringComparison.OrdinalIgnoreCase) || word.Equals("ahora", StringComparison.OrdinalIgnoreCase);

    /// <summary>A question about a number (the sources' latest figure answers it, dated) or about what comes next.</summary>
    [GeneratedRegex(@"\b(how many|how much|what number|what percent|cu[aá]ntos|cu[aá]ntas|cu[aá]nto|qu[eé] porcentaje|happens?|should|pasa|debe|deber[ií]a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberOrNextStep();

    /// <summary>"Who is the sheriff now?", "¿quién es el jefe ahora?": a question (not a clause) asking who holds an office today, whoever asks.</summary>
    [GeneratedRegex(@"(^|[.?!¿]\s*)(who|who's|whos|quién|quien)\s+(is|are|es|son|runs|leads|heads)\b[^.?!]{0,60}\b(now|right now|currently|current|today|new|ahora|actualmente|actual|hoy|nuevo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoIsNow();

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
