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
    /// with the sources' latest figure, dated, or about what comes next ("what happens now?"). "USA
    /// Today", a newspaper the paper cites, is not the present.
    /// </summary>
    [GeneratedRegex(@"\b(right now|currently|at the moment|at present|these days|nowadays|this (year|month|week)|(?<!\bUSA\s)today|as of today|up to date|now|ahora mismo|ahora|actualmente|hoy en d[ií]a|en este momento|este año|este mes|esta semana|hoy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Present();

    /// <summary>
    /// True when the question asks how things stand now ("who runs ICE right now?", "which counties
    /// currently have 287(g)?"): the sources are from 2020 and cannot say. A message about the writer's own
    /// life ("my brother is in jail right now") uses the words for another reason and is answered as usual.
    /// </summary>
    /// <remarks>
    /// The first person (or "he", "she") exempts only its own sentence: "my brother is in jail right
    /// now" is about the writer's life, but in "is Houston a sanctuary city right now? I'm moving there" the question
    /// asks how things stand. Asking whether the paper's addressee did what it asks ("did Biden
    /// actually end 287(g)?") asks about after the sources too.
    /// </remarks>
    public static bool AsksAboutNow(string question) =>
        Sentences().Split(question).Any(sentence =>
            Present().Matches(PeoplesSituationNow().Replace(sentence, " ")).Where(m => !IsPlainNow(m.Value) || !NumberOrNextStep().IsMatch(question)).ToList() is { Count: > 0 } present
            && !FirstPerson().IsMatch(present.All(m => IsPlainNow(m.Value)) ? sentence : OwnPlaces().Replace(sentence, " "))
            && !SomeonesLife().IsMatch(sentence))
        || WhoIsNow().IsMatch(question)
        || DidTheNextPresidentDoIt().IsMatch(question);

    /// <summary>
    /// "Our county", "my state's records", "nuestro condado": a first person that owns a place or an
    /// institution asks how that place stands ("is our county still in 287(g) today?"), not about the
    /// writer's own life, so it does not exempt its sentence. Plain "now" is too common in a story
    /// ("our county said no, but now the sheriff wants…") to count so.
    /// </summary>
    [GeneratedRegex(@"\b(my|our|mi|nuestro|nuestra|nuestros|nuestras)\s+(county|county's|city|city's|town|state|state's|records|data|database|sheriff|police|jail|office|department|agency|dmv|community|neighborhood|condado|ciudad|pueblo|estado|registros|datos|polic[ií]a|c[aá]rcel|oficina|departamento|agencia|comunidad|barrio)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnPlaces();

    /// <summary>A person the writer speaks of ("can they hold him right now?"): that person's life, not how things stand.</summary>
    [GeneratedRegex(@"\b(he|she|him|her|his|hers|él|ella)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomeonesLife();

    /// <summary>Sentence ends (the Spanish opening marks start one).</summary>
    [GeneratedRegex(@"(?<=[.?!])\s+|[¿¡]")]
    private static partial Regex Sentences();

    /// <summary>
    /// "Did Biden actually end 287(g)?", "¿Biden sí terminó los acuerdos?": whether the president the paper
    /// writes to did what it asks, which happened after it. What he said or promised as a candidate
    /// ("did Biden promise…", "when did Biden make the pledge") is in the sources.
    /// </summary>
    [GeneratedRegex(@"\b(did|has|have)\s+(president\s+)?(biden|the (new|next) president|the (biden )?administration)\s+((actually|really|ever|finally|already)\s+)?(end|stop|sign|cancel|keep|ban|pause|halt|terminate|get rid|undo|reverse|rescind|withdraw|do it|follow|ended|stopped|signed|done)\b"
        + @"|\b(biden|el (nuevo )?presidente)\s+((si|s[ií]|de verdad|realmente|ya|por fin)\s+)?(termin[oó]|acab[oó]|par[oó]|firm[oó]|cumpli[oó]|elimin[oó]|cancel[oó]|detuvo|suspendi[oó])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DidTheNextPresidentDoIt();

    /// <summary>
    /// Plain "now" that tells where people are ("people who are now in removal proceedings", "those now
    /// detained", "los que ahora están detenidos"): their situation, not a question about how things stand.
    /// "Which counties are now in 287(g)?" names no person and still asks about the present.
    /// </summary>
    [GeneratedRegex(@"\b(who|people|persons|someone|somebody|anyone|immigrants|those)\s+(are|is|were|remain|remains)\s+now\b"
        + @"|\b(who|people|persons|immigrants|those)\s+now\s+(are|face|facing|sit|sits)\b"
        + @"|\bnow\s+(in\s+(removal|deportation|immigration)\s+(proceedings|court|cases?)|in\s+(jail|detention|custody|prison)|detained|locked up|facing\s+(removal|deportation))\b"
        + @"|\b(que|quienes|personas|gente|los|las)\s+ahora\s+(est[aá]n?|se encuentran?|enfrentan?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeoplesSituationNow();

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
