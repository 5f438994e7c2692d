using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// Reads the places a question names, in English or Spanish, from its words alone (the list
/// decides later which of them it has): states by name or postal code, counties ("Gaston
/// County", "condado de Gaston", "county of Gaston", "Gaston Parish"), cities and their police
/// ("Gastonia police", "policía de Gastonia", "city of Gastonia"), sheriffs ("Gaston sheriff",
/// "sheriff of Gaston"), names written just before a state ("Gastonia, NC"), and "my county" /
/// "mi condado". Typos of the cue words are read too ("conty", "sherrif").
/// </summary>
public static partial class PlaceFinder
{
    /// <summary>A place's name is at most this many words ("prince george", "st john the baptist").</summary>
    private const int MaxNameWords = 4;

    /// <summary>"County", not "counties": a plural speaks of counties in general ("how many counties limit cooperation?").</summary>
    private static readonly HashSet<string> CountyCues = ["county", "parish", "borough", "cnty", "co"];
    private static readonly HashSet<string> CountyCuesBefore = ["condado", "parroquia", "county", "parish"];
    private static readonly HashSet<string> SheriffCues = ["sheriff", "sheriffs", "sherif", "sherrif", "sherriff", "sheriff office", "alguacil", "jail", "carcel"];
    private static readonly HashSet<string> CityCues = ["police", "pd", "cops", "policia", "police department"];
    private static readonly HashSet<string> CityCuesBefore = ["city", "town", "ciudad", "pueblo", "village", "policia", "police", "municipio"];
    private static readonly HashSet<string> Joiners = ["of", "de", "del", "in", "en", "the", "la", "el", "for"];

    /// <summary>Words that end a place's name when read outward from its cue: the name never holds them.</summary>
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "my", "our", "your", "his", "her", "their", "this", "that", "these", "those", "which", "what", "whose", "each", "every", "any", "some",
        "in", "on", "at", "of", "for", "from", "to", "by", "with", "and", "or", "but", "is", "are", "was", "were", "be", "do", "does", "did", "has", "have", "had",
        "can", "could", "will", "would", "should", "may", "might", "i", "we", "you", "he", "she", "they", "it", "me", "us", "them", "about", "near", "here", "there",
        "local", "same", "other", "another", "small", "big", "rural", "home", "whole", "entire", "neighboring", "nearby", "next", "surrounding", "where", "when", "how", "why", "who",
        "if", "than", "then", "so", "not", "no", "yes", "as", "live", "lives", "living", "work", "works", "working", "moved", "from", "says", "said", "ice", "287g", "287", "g",
        "mi", "mis", "tu", "su", "sus", "nuestro", "nuestra", "el", "la", "los", "las", "un", "una", "de", "del", "en", "y", "o", "que", "con", "por", "para", "al",
        "este", "esta", "ese", "esa", "aqui", "donde", "vivo", "vive", "vivimos", "es", "son", "hay", "tiene", "tienen", "trabaja", "trabajan", "cual", "cuales",
        "county", "counties", "condado", "condados", "city", "ciudad", "town", "pueblo", "sheriff", "sheriffs", "police", "policia", "state", "estado", "jail", "carcel",
        "department", "office", "deputies", "officers", "agency", "agencies", "program", "agreement", "agreements", "deal", "deals", "list", "signed", "part", "member", "participate",
        "cooperate", "cooperates", "help", "helps", "with", "la", "migra", "immigration", "inmigracion", "now", "still", "yet", "too", "also", "ever", "really", "currently", "today",
        "many", "much", "few", "all", "most", "several", "both", "more", "less", "such", "own", "one", "two", "three", "first", "last", "new", "old", "large", "larger", "largest",
        "urban", "suburban", "border", "southern", "northern", "eastern", "western", "red", "blue", "republican", "democratic", "nearest", "closest", "certain", "different",
        "cuantos", "cuantas", "muchos", "muchas", "todos", "todas", "algunos", "algunas", "otro", "otra", "otros", "otras", "cada", "cualquier", "mismo", "misma", "grande", "pequeno",
        // Spanish pronouns and little words that follow a county without naming it ("el sheriff de su condado lo tiene").
        "lo", "le", "les", "se", "nos", "te", "me", "ya", "si", "pero", "muy", "tan", "tambien", "ahora", "hoy", "aun", "todavia", "just", "even", "already",
        // What people do with the police, said right before the cue ("why would people stop calling police"): never part of a name.
        "call", "calls", "called", "calling", "stop", "stops", "stopped", "trust", "trusts", "report", "reports", "reporting", "contact", "contacting",
        "tell", "telling", "fear", "fears", "avoid", "avoiding", "llamar", "llaman", "llamen", "confiar", "denunciar",
        // Negations typed without the apostrophe ("why dont police chiefs…").
        "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt", "havent", "hasnt",
    ];

    private static readonly HashSet<string> OwnPlaceWords = ["my county", "our county", "my sheriff", "our sheriff", "my city", "our city", "my town", "our town",
        "my local police", "our local police", "my police", "our police", "the county i live in", "where i live", "my area", "our area",
        "mi condado", "nuestro condado", "mi ciudad", "nuestra ciudad", "mi pueblo", "nuestro pueblo", "mi sheriff", "el sheriff de mi", "la policia de mi", "donde vivo", "mi area"];

    /// <summary>Postal codes that are also common words: read only after a comma or a county ("Marion County, OR").</summary>
    private static readonly HashSet<string> WordLikeCodes = ["in", "or", "me", "ok", "hi", "oh", "as", "la", "de", "al", "mi", "pa", "ma", "id", "co", "ne", "va", "mo", "ms", "vi", "gu", "mp", "as"];

    public static PlaceQuestion Read(string question)
    {
        var normalized = PlaceNames.Normalize(question);
        var words = PlaceNames.Words(normalized);
        var shape = new PlaceNameShape(question);
        var used = new bool[words.Length];
        var states = new List<UsState>();

        // States by name, longest first; "Texas County" and "Washington County" are counties, not states.
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(UsStates.LongestNameWords, words.Length - i); n >= 1; n--)
            {
                if (used[i] || UsStates.FromName(string.Join(' ', words, i, n)) is not { } state)
                {
                    continue;
                }
                var next = i + n < words.Length ? words[i + n] : null;
                if (next is not null && (CountyCues.Contains(next) || IsCountyTypo(next)))
                {
                    break;
                }
                states.Add(state);
                for (var k = i; k < i + n; k++)
                {
                    used[k] = true;
                }
                i += n - 1;
                break;
            }
        }
        states.AddRange(Codes(question, words, used));

        var places = new List<PlacePhrase>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var pair = i + 1 < words.Length ? word + " " + words[i + 1] : null;
            if ((CountyCues.Contains(word) || IsCountyTypo(word)) && word != "co" || (word == "co" && i > 0 && !StopWords.Contains(words[i - 1])))
            {
                Add(places, shape, Before(words, used, i), PlaceKind.County);
            }
            if (CountyCuesBefore.Contains(word))
            {
                Add(places, shape, After(words, used, i + 1, out var joined), PlaceKind.County, joined || word is "condado" or "parroquia");
            }
            if (SheriffCues.Contains(word) || (pair is not null && SheriffCues.Contains(pair)))
            {
                Add(places, shape, Before(words, used, i), PlaceKind.Any);
                Add(places, shape, After(words, used, i + 1, out var joined), PlaceKind.Any, joined);
            }
            if (CityCues.Contains(word))
            {
                Add(places, shape, Before(words, used, i), PlaceKind.Any);
            }
            if (CityCuesBefore.Contains(word))
            {
                Add(places, shape, After(words, used, i + 1, out var joined), PlaceKind.City, joined);
            }
        }
        // "Gastonia, NC", "Gaston North Carolina": the words before a state, if the list has them.
        for (var i = 1; i < words.Length; i++)
        {
            if (used[i] && !used[i - 1] && !StopWords.Contains(words[i - 1]))
            {
                var before = Before(words, used, i);
                if (before.Count > 0)
                {
                    places.Add(new PlacePhrase(before, PlaceKind.Any, Cued: false));
                }
            }
        }
        var own = OwnPlaceWords.Any(p => (" " + normalized + " ").Contains(" " + p + " ", StringComparison.Ordinal));
        return new PlaceQuestion(states.Distinct().ToList(), places.DistinctBy(p => (p.Name, p.Kind)).ToList(), own, normalized);
    }

    /// <summary>The words of a message that are neither cue nor filler: a bare answer to "which county?" ("Durham", "wake co").</summary>
    public static IReadOnlyList<string> BareName(string normalized)
    {
        var words = PlaceNames.Words(normalized).Where(w => !StopWords.Contains(w) && !CountyCues.Contains(w) && UsStates.FromName(w) is null).ToArray();
        return words.Length is > 0 and <= MaxNameWords ? Readings(words) : [];
    }

    /// <param name="cued">False for a name read after a cue with no joining word ("the sheriff started…", "county board"): it counts only if the list has it.</param>
    /// <param name="shape">A cued name that does not look like a name (<see cref="PlaceNameShape"/>) counts only if the list has it, as an uncued one does.</param>
    private static void Add(List<PlacePhrase> places, PlaceNameShape shape, IReadOnlyList<string> names, PlaceKind kind, bool cued = true)
    {
        if (names.Count > 0)
        {
            places.Add(new PlacePhrase(names, kind, cued && shape.Plausible(names)));
        }
    }

    /// <summary>The name read backwards from the cue at <paramref name="cue"/>: up to four words, stopping at filler or a state.</summary>
    private static IReadOnlyList<string> Before(string[] words, bool[] used, int cue)
    {
        var start = cue;
        while (start > 0 && cue - start < MaxNameWords && !used[start - 1] && !StopWords.Contains(words[start - 1]) && !IsCue(words[start - 1]))
        {
            start--;
        }
        // "Saint/St" and "de" inside a name ("st lucie", "de kalb") are kept by the rule above only when not filler.
        return start == cue ? [] : Readings(words[start..cue], fromEnd: true);
    }

    /// <summary>The name read forwards after a cue ("condado de Gaston", "sheriff of Wake"), past one joining word.</summary>
    private static IReadOnlyList<string> After(string[] words, bool[] used, int from, out bool joined)
    {
        var start = from;
        while (start < words.Length && Joiners.Contains(words[start]) && start - from < 2)
        {
            start++;
        }
        joined = start > from;
        if (start < words.Length && (words[start] is "condado" or "county" or "ciudad" or "city" or "pueblo" or "town"))
        {
            // "sheriff del condado de Gaston": the county cue reads it.
            return [];
        }
        var end = start;
        while (end < words.Length && end - start < MaxNameWords && !used[end] && !StopWords.Contains(words[end]) && !IsCue(words[end]))
        {
            end++;
        }
        return end == start ? [] : Readings(words[start..end], fromEnd: false);
    }

    /// <summary>Every reading of the words nearest the cue, longest first: "the st lucie" → "st lucie", "lucie".</summary>
    private static IReadOnlyList<string> Readings(string[] words, bool fromEnd = true)
    {
        var readings = new List<string>();
        for (var n = words.Length; n >= 1; n--)
        {
            readings.Add(fromEnd ? string.Join(' ', words[^n..]) : string.Join(' ', words[..n]));
        }
        return readings;
    }

    private static bool IsCue(string word) => CountyCues.Contains(word) || SheriffCues.Contains(word) || CityCues.Contains(word) || IsCountyTypo(word);

    /// <summary>"conty", "countie", "coutny": one edit from "county".</summary>
    private static bool IsCountyTypo(string word) => word.Length is >= 5 and <= 7 && word[0] == 'c' && word != "county" && PlaceNames.Distance(word, "county") == 1;

    /// <summary>Postal codes: "NC", "nc", "N.C."; a code that is also a word ("OR", "IN") only in capitals after a comma or a county ("Marion County, OR").</summary>
    private static IEnumerable<UsState> Codes(string question, string[] words, bool[] used)
    {
        // All capitals ("DOES LUBBOCK COUNTY WORK WITH ICE"): "IN" and "OR" are words there.
        var shouting = question.Split(' ').Count(w => w.Length >= 3 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Any(char.IsLetter)) > 1;
        foreach (Match match in PostalCode().Matches(question))
        {
            var code = match.Groups["code"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
            if (UsStates.FromCode(code) is not { } state)
            {
                continue;
            }
            var afterComma = match.Groups["comma"].Success;
            var afterCounty = match.Groups["county"].Success;
            var upper = code.All(char.IsUpper);
            var wordLike = WordLikeCodes.Contains(code.ToLowerInvariant());
            var accepted = match.Groups["dotted"].Success
                || (wordLike ? upper && (afterComma || (afterCounty && !shouting)) : !shouting || afterComma || afterCounty);
            if (accepted)
            {
                MarkUsed(words, used, code.ToLowerInvariant());
                yield return state;
            }
        }
    }

    private static void MarkUsed(string[] words, bool[] used, string code)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == code || (i + 1 < words.Length && words[i] + words[i + 1] == code && words[i].Length == 1))
            {
                used[i] = true;
            }
        }
    }

    [GeneratedRegex(@"(?:(?<comma>,)\s*|(?<county>\b(?:county|parish|co\.?)\s+))?\b(?<code>(?<dotted>[A-Za-z]\.[A-Za-z]\.?)|[A-Za-z]{2})(?=$|[\s,.?!;:)])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostalCode();
}
