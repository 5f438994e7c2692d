using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Tells Spanish questions from English ones, so the bot can answer and decline in the asker's
/// language. People mix: "can la migra go inside", "my tía keeps saying…", "I don't have papeles"
/// are English; "y eso es legal?", typed without accents, is Spanish. So the decision is a vote of
/// function words — the small words a speaker cannot leave out — not of topic words or accents.
/// </summary>
/// <remarks>
/// "¿" and "¡" are strong Spanish votes. Accents and "ñ" only break a tie, because one accented
/// name ("Ríos") or loanword ("tía") in an English sentence must not flip it. Words both languages
/// use ("a", "me", "no", "he", "son", "come") vote for neither. A message with no vote at all
/// ("detainer?", "ICE hold?") is English, the corpus's language.
/// </remarks>
public static partial class Language
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>What one "¿" or "¡" is worth against function words.</summary>
    private const int InvertedMarkVotes = 3;

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "is", "are", "was", "were", "be", "been", "do", "does", "did", "don't", "dont", "doesn't", "doesnt",
        "didn't", "didnt", "can", "can't", "cant", "could", "will", "won't", "would", "should", "have", "has", "had",
        "i", "i'm", "im", "i've", "my", "you", "your", "we", "our", "they", "them", "their", "it", "it's", "its", "his",
        "him", "she", "her", "this", "that", "these", "those", "what", "what's", "whats", "who", "when", "where", "why",
        "how", "which", "if", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "about", "an",
        "any", "there", "not", "after", "because", "get", "got", "keep", "keeps", "going", "just", "still", "isn't",
        "aren't", "wasn't", "am", "say", "says", "said", "saying", "know", "want", "need", "help", "go",
    };

    private static readonly HashSet<string> SpanishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "que", "qué", "el", "la", "los", "las", "de", "del", "al", "es", "un", "una", "unos", "unas", "por", "para",
        "con", "sin", "mi", "mis", "tu", "su", "sus", "nos", "se", "le", "les", "lo", "y", "o", "pero", "porque", "en",
        "puede", "pueden", "puedo", "cómo", "como", "cuándo", "cuando", "dónde", "donde", "cuál", "cual", "cuánto",
        "cuanto", "quién", "quien", "hay", "si", "sí", "yo", "él", "ella", "ellos", "usted", "esta", "está", "estan",
        "están", "estoy", "este", "esto", "eso", "esa", "ese", "era", "fue", "soy", "tengo", "tiene", "tienen",
        "ayuda", "hola", "gracias", "necesito", "sobre", "ya", "muy", "más", "mas", "también", "tambien", "dijeron",
        "dicen", "pasa", "pasó", "paso", "pasaron", "hacer", "puso",
    };

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex Words();

    /// <summary>Returns <see cref="Spanish"/> when Spanish function words outvote English ones, else <see cref="English"/>.</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var english = 0;
        var spanish = InvertedMarkVotes * text.Count(c => c is '¿' or '¡');
        foreach (Match word in Words().Matches(text))
        {
            var value = word.Value.Replace('’', '\'');
            if (EnglishWords.Contains(value))
            {
                english++;
            }
            else if (SpanishWords.Contains(value))
            {
                spanish++;
            }
        }
        if (spanish != english)
        {
            return spanish > english ? Spanish : English;
        }
        return text.IndexOfAny(['ñ', 'Ñ', 'á', 'é', 'í', 'ó', 'ú', 'Á', 'É', 'Í', 'Ó', 'Ú']) >= 0 ? Spanish : English;
    }
}
