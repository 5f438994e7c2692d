using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// The words of a chat sentence that carry its topic, in English or Spanish, and whether the
/// sentence leans on an earlier one ("is that true?", "can they deport him?"). Splitting a
/// message into questions and keeping each one searchable both depend on these two facts.
/// </summary>
/// <remarks>
/// Deliberately crude: no stemming, no tagging, just lists of function words, pronouns and
/// "weak" words that appear in every worried question ("happened", "legal", "true", "help").
/// An acronym or a token with a digit ("ICE", "DMV", "287g") says more than an ordinary word, so
/// it counts twice — except in a message typed in capitals, where every word looks like one.
/// </remarks>
internal static partial class TopicWords
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // English
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "of", "to", "in", "on", "at", "for", "with",
        "from", "by", "about", "into", "after", "before", "over", "under", "out", "up", "down", "off", "as", "because",
        "i", "me", "my", "mine", "im", "i'm", "ive", "i've", "id", "i'd", "you", "your", "we", "our", "us", "they", "them",
        "their", "he", "him", "his", "she", "her", "it", "its", "it's", "this", "that", "these", "those", "there",
        "here", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has",
        "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "not", "no", "yes", "dont",
        "don't", "doesnt", "doesn't", "didnt", "didn't", "cant", "can't", "wont", "won't", "isnt", "isn't", "what",
        "whats", "what's", "when", "where", "why", "how", "who", "whom", "which", "any", "some", "all", "also", "just",
        "still", "even", "now", "very", "too", "more", "most", "other", "another", "such", "own", "same", "again",
        "ones", "one", "two", "three", "quick", "first", "second", "q", "q1", "q2", "q3",
        // Spanish
        "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "le", "les", "de", "del", "al", "y", "e", "o", "u",
        "en", "con", "por", "para", "sin", "sobre", "que", "qué", "quien", "quién", "cual", "cuál", "cuales", "cuáles",
        "como", "cómo", "cuando", "cuándo", "donde", "dónde", "porque", "pero", "si", "sí", "ya", "yo", "tu", "tú",
        "usted", "él", "ella", "ellos", "ellas", "nosotros", "mi", "mis", "su", "sus", "nos", "se", "te", "es", "son",
        "era", "fue", "ser", "estar", "esta", "está", "estan", "están", "estoy", "este", "esto", "eso", "esa", "ese",
        "hay", "ha", "han", "he", "puede", "pueden", "puedo", "tengo", "tiene", "tienen", "muy", "mas", "más", "también",
        "tambien", "dos", "tres", "preguntas", "pregunta", "rápidas", "rapidas", "otra", "otro",
    };

    /// <summary>Words in nearly every worried question; alone they do not make a new topic.</summary>
    private static readonly HashSet<string> WeakWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "happen", "happened", "happens", "happening", "true", "real", "really", "right", "sure", "possible", "legal",
        "allowed", "okay", "ok", "mean", "means", "know", "think", "help", "please", "thanks", "thank", "question",
        "questions", "ask", "tell", "say", "said", "want", "need", "get", "got", "go", "going", "make", "thing", "things",
        "something", "anything", "someone", "anyone", "people", "verdad", "cierto", "pasó", "paso", "pasa", "pasar",
        "significa", "posible", "ayuda", "ayudar", "favor", "gracias", "saber", "quiero", "necesito", "cosa", "cosas",
        "algo", "alguien", "hacer", "puedes", "dicen", "dijeron", "hi", "hello", "hey", "good", "morning", "afternoon",
        "evening", "hola", "buenas", "buenos", "tardes", "noches", "días", "dias", "disculpe", "sorry",
        // The paper and its reasons are what every question here asks about: "what's their reasoning in the paper?"
        // after "why do some counties refuse ICE?" restates the question, it asks nothing new.
        "paper", "document", "documento", "reason", "reasons", "reasoning", "razón", "razon", "razones", "explain", "explanation",
    };

    /// <summary>Pronouns and demonstratives that point back to something said before.</summary>
    private static readonly HashSet<string> BackReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "it's", "that", "this", "those", "these",
        "él", "ella", "ellos", "ellas", "eso", "esto", "esa", "ese", "le", "les", "lo",
    };

    /// <summary>How much topic <paramref name="sentence"/> carries: its content words, acronyms and numbers counting twice.</summary>
    public static int Weight(string sentence) => Weigh(Of(sentence), sentence);

    /// <summary>The topic weight of <paramref name="sentence"/>'s words that <paramref name="earlier"/> does not already have.</summary>
    public static int NewWeight(string sentence, string earlier)
    {
        var known = Of(earlier).Select(Stem).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Weigh(Of(sentence).Where(w => !known.Contains(Stem(w))), sentence);
    }

    /// <summary>The content words of <paramref name="sentence"/>, in order.</summary>
    public static IReadOnlyList<string> Of(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value.Replace('’', '\''))
            .Where(w => !FunctionWords.Contains(w) && !WeakWords.Contains(w) && (w.Length > 2 || IsStrong(w, sentence)))
            .ToList();

    /// <summary>True when <paramref name="sentence"/> uses a pronoun that needs an earlier sentence to be understood.</summary>
    public static bool LeansOnContext(string sentence) =>
        Word().Matches(sentence).Any(m => BackReferences.Contains(m.Value.Replace('’', '\'')));

    private static int Weigh(IEnumerable<string> words, string sentence) => words.Sum(w => IsStrong(w, sentence) ? 2 : 1);

    /// <summary>An acronym ("ICE", "PEP") or a token with a digit ("287g", "2017"), unless the whole sentence is capitals.</summary>
    private static bool IsStrong(string word, string sentence) =>
        word.Any(char.IsDigit) || word.Length >= 2 && word.All(char.IsUpper) && !IsShouted(sentence);

    private static bool IsShouted(string sentence)
    {
        var letters = sentence.Where(char.IsLetter).ToList();
        return letters.Count >= 12 && letters.Count(char.IsUpper) > letters.Count * 0.7;
    }

    /// <summary>A crude stem: the first five letters, in lower case ("deportado", "deportaría" → "depor").</summary>
    public static string Stem(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 5 ? lower[..5] : lower;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();
}
