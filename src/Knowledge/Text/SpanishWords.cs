namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Frequent Spanish words (<c>Resources/spanish-words.txt</c>, a few thousand entries) with the
/// forms grammar makes of them: plurals and feminines of nouns and adjectives, the regular tenses
/// of infinitives and an infinitive or gerund with its pronouns ("deportarme", "llamándole").
/// The Spanish counterpart of the sentence model's English words for the known-words filter, so
/// a scrubbed Spanish question stays readable ("pasaporte", "trabajo", "mañana" are kept).
/// </summary>
/// <remarks>
/// Generated forms may include a few that Spanish does not use ("cabo" from "caber"); a list for
/// keeping words only has to hold no names and no numbers, which the file leaves out.
/// </remarks>
internal static class SpanishWords
{
    private const string Resource = "KnowYourRights.Knowledge.Text.Resources.spanish-words.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Pronouns = ["me", "te", "se", "le", "les", "lo", "la", "los", "las", "nos", "selo", "sela", "melo", "mela"];

    private static readonly string[] ArEndings =
    [
        "o", "as", "a", "amos", "ais", "an", "e", "aste", "asteis", "aron", "aba", "abas", "abamos", "abais", "aban",
        "are", "aras", "ara", "aremos", "areis", "aran", "aria", "arias", "ariamos", "ariais", "arian",
        "es", "emos", "eis", "en", "ara", "aras", "aramos", "aran", "ase", "asen", "ando", "ado", "ada", "ados", "adas", "ad",
    ];

    private static readonly string[] ErEndings =
    [
        "o", "es", "e", "emos", "eis", "en", "i", "iste", "io", "imos", "isteis", "ieron", "ia", "ias", "iamos", "iais", "ian",
        "ere", "eras", "era", "eremos", "ereis", "eran", "eria", "erias", "eriamos", "eriais", "erian",
        "a", "as", "amos", "ais", "an", "iera", "ieras", "ieramos", "ieran", "iese", "iesen", "iendo", "ido", "ida", "idos", "idas", "ed",
    ];

    private static readonly string[] IrEndings =
    [
        "o", "es", "e", "imos", "is", "en", "i", "iste", "io", "isteis", "ieron", "ia", "ias", "iamos", "iais", "ian",
        "ire", "iras", "ira", "iremos", "ireis", "iran", "iria", "irias", "iriamos", "iriais", "irian",
        "a", "as", "amos", "ais", "an", "iera", "ieras", "ieramos", "ieran", "iese", "iesen", "iendo", "ido", "ida", "idos", "idas", "id",
    ];

    /// <summary>True when <paramref name="key"/> (a word's lookup key: lower case, accents folded) is a frequent Spanish word or a form of one.</summary>
    public static bool Contains(string key) => Words.Value.Contains(key);

    /// <summary>How many forms the list holds, for the tests.</summary>
    internal static int Count => Words.Value.Count;

    private static HashSet<string> Load()
    {
        using var stream = typeof(SpanishWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The Spanish word list ({Resource}) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }
            foreach (var form in FormsOf(Accents.Fold(entry.ToLowerInvariant())))
            {
                words.Add(form);
            }
        }
        return words;
    }

    /// <summary>The entry and the forms grammar makes of it, folded.</summary>
    internal static IEnumerable<string> FormsOf(string word)
    {
        yield return word;
        foreach (var form in NominalForms(word))
        {
            yield return form;
        }
        if (word.Length > 3 && VerbEndings(word) is { } endings)
        {
            var stem = word[..^2];
            foreach (var ending in endings)
            {
                yield return stem + ending;
            }
            foreach (var form in SpellingChanges(word, stem))
            {
                yield return form;
            }
            var gerund = stem + (word.EndsWith("ar", StringComparison.Ordinal) ? "ando" : "iendo");
            foreach (var pronoun in Pronouns)
            {
                yield return word + pronoun;
                yield return gerund + pronoun;
            }
        }
    }

    private static string[]? VerbEndings(string word) =>
        word.EndsWith("ar", StringComparison.Ordinal) ? ArEndings
        : word.EndsWith("er", StringComparison.Ordinal) ? ErEndings
        : word.EndsWith("ir", StringComparison.Ordinal) ? IrEndings
        : null;

    /// <summary>Plurals ("derechos", "leyes", "luces"), feminines ("abogada") and adverbs in -mente.</summary>
    private static IEnumerable<string> NominalForms(string word)
    {
        var last = word[^1];
        if ("aeiou".Contains(last, StringComparison.Ordinal))
        {
            yield return word + "s";
        }
        else if (last == 'z')
        {
            yield return word[..^1] + "ces";
        }
        else if (last != 's')
        {
            yield return word + "es";
        }
        if (last == 'o' && word.Length > 2)
        {
            yield return word[..^1] + "a";
            yield return word[..^1] + "as";
            yield return word[..^1] + "amente";
        }
        else if (last is 'e' or 'l' or 'z' && word.Length > 3)
        {
            yield return word + "mente";
        }
        if (word.EndsWith("or", StringComparison.Ordinal))
        {
            yield return word + "a";
            yield return word + "as";
        }
    }

    /// <summary>"buscar" → "busque", "llegar" → "llegue", "cruzar" → "cruce", "escoger" → "escojo".</summary>
    private static IEnumerable<string> SpellingChanges(string word, string stem)
    {
        (string From, string To)? change =
            word.EndsWith("car", StringComparison.Ordinal) ? ("c", "qu")
            : word.EndsWith("gar", StringComparison.Ordinal) ? ("g", "gu")
            : word.EndsWith("zar", StringComparison.Ordinal) ? ("z", "c")
            : word.EndsWith("ger", StringComparison.Ordinal) || word.EndsWith("gir", StringComparison.Ordinal) ? ("g", "j")
            : null;
        if (change is not { } spelling)
        {
            yield break;
        }
        var (from, to) = spelling;
        var changed = stem[..^from.Length] + to;
        string[] endings = word.EndsWith("ar", StringComparison.Ordinal) ? ["e", "es", "emos", "en"] : ["o", "a", "as", "amos", "an"];
        foreach (var ending in endings)
        {
            yield return changed + ending;
        }
    }
}
