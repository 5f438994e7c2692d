using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Reads what kind of fact a question asks for, in English or Spanish, from its asking words
/// ("how many", "why", "what should happen", "¿cuánto tiempo?"). Deterministic patterns, no model:
/// the kinds are few and people ask them in few ways. The first pattern that matches wins, in an
/// order that puts the narrower asks first ("what can I do" before "what", "how long" before "how").
/// </summary>
public static partial class QuestionKinds
{
    /// <summary>The names cards use for the kinds in their front matter ("how-many", "legal"…).</summary>
    public static string Name(QuestionKind kind) => kind switch
    {
        QuestionKind.HowMany => "how-many",
        QuestionKind.HowLong => "how-long",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The kind a card's front matter names, or null for a name that is none.</summary>
    public static QuestionKind? Parse(string name) =>
        Enum.GetValues<QuestionKind>().Select(k => (QuestionKind?)k).FirstOrDefault(k => Name(k!.Value).Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>How <paramref name="question"/> asks.</summary>
    public static QuestionForm Read(string question)
    {
        var text = question.Trim();
        var kind = Help().IsMatch(text) ? QuestionKind.Help
            : HowLong().IsMatch(text) ? QuestionKind.HowLong
            : HowMany().IsMatch(text) ? QuestionKind.HowMany
            : When().IsMatch(text) ? QuestionKind.When
            : Should().IsMatch(text) ? QuestionKind.Should
            : Why().IsMatch(text) ? QuestionKind.Why
            : Who().IsMatch(text) ? QuestionKind.Who
            : Legal().IsMatch(text) ? QuestionKind.Legal
            : QuestionKind.What;
        return new QuestionForm(kind, YesNo().IsMatch(text));
    }

    [GeneratedRegex(
        @"\bwhat\s+(?:can|could|should|do|shall)\s+(?:i|we|my\s+family|you)\s+do\b|\bwhat\s+(?:are\s+)?(?:my|our)\s+options\b|\bwhat\s+do\s+i\s+do\b|\bhow\s+(?:can|do)\s+(?:i|we)\s+(?:help|get\s+help|fight|stop|find\s+(?:a\s+)?(?:lawyer|help))\b|\bwho\s+can\s+help\b|\bwhere\s+(?:can|do)\s+(?:i|we)\s+(?:get|find)\s+(?:\w+\s+){0,3}(?:help|lawyers?|attorneys?)\b"
        + @"|\bqu[eé]\s+(?:puedo|podemos|debo|debemos)\s+hacer\b|\bqu[eé]\s+hago\b|\bqui[eé]n\s+(?:me|nos)\s+puede\s+ayudar\b|\bd[oó]nde\s+(?:busco|encuentro|consigo)\s+ayuda\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Help();

    [GeneratedRegex(
        @"\bhow\s+long\b|\bhow\s+(?:soon|quickly|fast)\b|\bhow\s+many\s+(?:more\s+)?(?:days|hours|weeks|months|years)\b|\buntil\s+when\b|\bfor\s+how\s+long\b|\btime\s+limit\b|\bdeadline\b"
        + @"|\bcu[aá]nto\s+tiempo\b|\bcu[aá]nt[oa]s\s+(?:d[ií]as|horas|semanas|meses|a[nñ]os)\b|\bhasta\s+cu[aá]ndo\b|\b(?:qu[eé]\s+tan|cu[aá]n)\s+pronto\b|\bplazo\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowLong();

    [GeneratedRegex(
        @"\bhow\s+(?:many|much|common|often|big|widespread)\b|\bwhat\s+(?:number|percent(?:age)?|share|portion|fraction|proportion)\b|\bhow\s+many\b|\b(?:which|what)\s+(?:(?!phone\b|cell\b|case\b|a\b|the\b)\w+\s+)?number\b|\bnumbers?\s+of\b|\bmost\s+(?:of\s+)?(?:the\s+)?\w+s\b|\bpercent\b|%"
        + @"|\bcu[aá]nt[oa]s?\b|\bqu[eé]\s+porcentaje\b|\bla\s+mayor[ií]a\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowMany();

    [GeneratedRegex(
        @"^\W*when\b(?!\s+(?:ice|the\s+police|police|cops|someone|a\s+person|people|i|you|he|she|they|my)\b)|\bwhen\s+(?:did|was|were|will|is|does|do|has|had)\b|\bwhat\s+(?:year|date|month|day)\b|\bsince\s+when\b|\bin\s+what\s+year\b"
        + @"|\bcuándo\b|^\W*(?:y\s+)?cuando\b|\bqu[eé]\s+(?:a[nñ]o|fecha|mes)\b|\bdesde\s+cu[aá]ndo\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex When();

    [GeneratedRegex(
        @"\bwhat\s+should\s+(?:happen|be\s+done|change|replace|they|the\s+\w+|biden|congress|cities|states|counties|we)\b|\bwhat\s+(?:does|did|would)\s+(?:the\s+paper|it|the\s+report|the\s+author|the\s+paper's\s+author)\s+(?:want|ask|recommend|propose|suggest|say\s+should)\b|\brecommend\w*\b|\binstead\b|\bwhat\s+(?:would|could)\s+(?:fix|replace|be\s+better)\b|\bshould\s+(?:they|it|the|biden|congress|ice|we|cities|states|counties|police|jails)\b|\bwhat\s+(?:is|are)\s+the\s+(?:fix|solution|alternative)s?\b"
        + @"|\bqu[eé]\s+(?:deber[ií]a|debe|deben|deber[ií]an)\b|\ben\s+(?:vez|lugar)\s+de\b|\bqu[eé]\s+(?:propone|pide|recomienda)\b|\brecomend\w*\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Should();

    [GeneratedRegex(
        @"^\W*(?:and\s+|but\s+|so\s+)?why\b|\bwhy\s+(?:is|are|do|does|did|would|should|can't|cant|not|was|were)\b|\bwhat(?:'s|\s+is)\s+the\s+(?:reason|point|problem|harm)\b|\bhow\s+come\b|\bwhat(?:'s|\s+is)\s+(?:so\s+)?(?:wrong|bad)\s+(?:with|about)\b|\bwhy\?"
        + @"|\bpor\s*qu[eé]\b|\bpara\s+qu[eé]\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Why();

    [GeneratedRegex(
        @"^\W*(?:and\s+|but\s+)?who\b|\bwho\s+(?:is|was|are|were|did|wrote|said|runs|decides|made|signed|started|pays|won|lost|sued)\b|\bwhich\s+(?:person|people|group|groups|agency|agencies|organization|official|officials|judge|court|president|author)\b"
        + @"|\bqui[eé]n(?:es)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Who();

    [GeneratedRegex(
        @"\b(?:il)?legal(?:ly)?\b|\bagainst\s+the\s+law\b|\b(?:un)?constitutional\b|\bconstitution\b|\b(?:4th|fourth)\s+amendment\b|\ballowed\s+to\b|\bhave\s+to\s+(?:follow|do|obey|honor|listen|hold|comply)\b|\brequired\s+to\b|\bcourts?\b(?=.*\b(?:stop|say|said|rule|ruled|decide|decided|block|blocked|let|allow|allowed|strike|struck)\b)|\b(?:a|the)\s+(?:court|courts|judge|judges)\s+(?:stop|say|said|rule|ruled|decide|decided|block|blocked|let|allow)\b|\bsue\b|\blawsuits?\b|\bmy\s+rights\b"
        + @"|\bes\s+legal\b|\bilegal\b|\bla\s+ley\b|\bpermitido\b|\btienen\s+que\b|\bconstituci[oó]n\b|\bderechos?\b|\bjuez\b|\btribunal(?:es)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legal();

    [GeneratedRegex(
        @"^\W*(?:and\s+|but\s+|so\s+|ok(?:ay)?\s+|wait\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|may|might|must|isn't|isnt|aren't|arent|don't|dont|doesn't|doesnt|didn't|didnt|can't|cant|won't|wont)\b|\bis\s+(?:it|that|this)\s+true\b|\bright\?\s*$"
        + @"|^\W*(?:y\s+)?(?:puede|pueden|puedo|es|son|hay|tiene|tienen|est[aá]|est[aá]n|existe|lo|la|los|las|me|se|le)\b|\bverdad\?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesNo();
}
