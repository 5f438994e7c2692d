using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// A question about where the answer just given comes from: "who wrote that line?", "who documented
/// those cases?", "who called it that?", "where was it published?", "where does that number come
/// from?", "when did he say that?", "¿y quién escribió esa frase?", "¿de dónde sale eso?". It points
/// back (that, it, those, eso) or names the cited thing (the study, the report, the quote): "who wrote
/// the paper?" asks about the paper, not the source of the last answer, and is not one.
/// </summary>
public static partial class SourceQuestion
{
    /// <summary>True when <paramref name="question"/> asks for the source of what was just said.</summary>
    public static bool AsksForSource(string question) =>
        !AboutThePaper().IsMatch(question)
        && (WhoMadeIt().IsMatch(question) || WhereFrom().IsMatch(question) || NamesSource().IsMatch(question) || WhenSaid().IsMatch(question));

    /// <summary>"Who wrote/said/documented/called/counted that (line, study…)", "quién escribió/dijo esa frase", "quién lo dijo".</summary>
    [GeneratedRegex(
        @"\bwho\b(?:\s+\w+){0,2}?\s+(?:wrote|writes|written|said|says|documented|documents|reported|reports|published|counted|found|called|calls|coined|came\s+up\s+with|studied|did)\s+(?:up\s+)?(?:that|this|it|those|these|them|the\s+(?:line|quote|phrase|words|study|report|research|number|figure|estimate|count|claim|stat\w*|cases|letter|article|guide|book|survey))\b"
        + @"|\bqui[eé]n(?:es)?\s+(?:lo\s+|la\s+|los\s+)?(?:escribi[oó]|escribieron|dijo|dijeron|document[oó]|documentaron|public[oó]|publicaron|cont[oó]|contaron|llam[oó]|llamaron|report[oó]|reportaron|encontr[oó]|hizo|hicieron|estudi[oó])\b(?:\s+(?:esa|ese|eso|esto|esta|este|esos|esas|la|el|los|las)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoMadeIt();

    /// <summary>"Where was it published?", "where does that (number) come from?", "¿de dónde sale eso?".</summary>
    [GeneratedRegex(
        @"\bwhere\s+(?:was|is|were|are|did|does|do)\s+(?:it|that|this|those|these|they|the\s+\w+)\s+(?:\w+\s+)?(?:published|printed|come\s+from|comes\s+from|came\s+from|get\s+(?:that|this|it)|from)\b"
        + @"|\bde\s+d[oó]nde\s+(?:sale|sali[oó]|viene|vino|sacaron|sac[oó]|salen|vienen)\b|\bd[oó]nde\s+(?:se\s+)?public[oó]\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhereFrom();

    /// <summary>"What's the source?", "source for that", "according to whom?", "cuál es la fuente".</summary>
    [GeneratedRegex(
        @"\bwhat(?:'s|\s+is|\s+are|\s+was|\s+were)?\s+(?:the|their|your|its)\s+sources?\b|\bsources?\s+(?:for|of|on)\s+(?:that|this|it)\b|\baccording\s+to\s+(?:who|whom)\b|\bwho\s+says\s+so\b"
        + @"|\bcu[aá]l(?:es)?\s+(?:es|son|fue)\s+(?:la|las|su|sus)\s+fuentes?\b|\bseg[uú]n\s+qui[eé]n\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesSource();

    /// <summary>"When did he say that?", "¿cuándo dijo eso?": the date of a quote is its source's.</summary>
    [GeneratedRegex(
        @"\b(?:when|where)\s+did\s+(?:he|she|they|the\s+\w+)\s+(?:say|write|promise)\s+(?:that|this|it)\b|\bcu[aá]ndo\s+(?:lo\s+)?(?:dijo|dijeron|escribi[oó]|prometi[oó])\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhenSaid();

    /// <summary>"Who wrote this paper?", "¿quién escribió el documento?": the paper's authors, a question of its own.</summary>
    [GeneratedRegex(@"\b(?:paper|policy\s+paper|document|documento|informe\s+de\s+pol[ií]tica)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThePaper();
}
