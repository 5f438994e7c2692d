using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Insights;

/// <summary>
/// The second line of defence for everything the service writes about a question (the
/// unanswered-question log, the admin page, <c>/api/answer</c>'s echo): a word is written only
/// if the knowledge knows it (<see cref="KnowledgeSnapshot.KnownWords"/>: the paper, the cards in
/// both languages, the sources) or, written in lower case, a common-word list does (the sentence
/// model's English words, <see cref="ModelVocabulary"/>; frequent Spanish words and their forms,
/// <see cref="SpanishWords"/>; the function words of both languages).
/// Any other word — and any capitalized word the knowledge does not know, since that is how a
/// name is written — becomes <see cref="PersonalDetails.Placeholder"/>.
/// </summary>
/// <remarks>
/// <see cref="PersonalDetails"/> removes the forms it recognizes; a pattern list always misses
/// one ("Vantrell Oszkar here", a street with an unusual type). This filter does not try to
/// recognize a detail: it keeps what it can prove is not one. The cost is words no list knows
/// (rare words, slang, misspellings); the admin page shows how often a question is
/// mostly <c>[…]</c> (<see cref="IsMostlyRedacted"/>).
/// </remarks>
public sealed class KnownWordsFilter(KnowledgeIndex index)
{
    /// <summary>Written capitalized at a sentence's start, and never a name.</summary>
    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "thanks", "thank", "please", "sorry", "yes", "ok", "okay", "dear", "good", "morning",
        "afternoon", "evening", "night", "hola", "buenas", "buenos", "dias", "tardes", "noches", "gracias", "perdon",
        "disculpe", "oiga", "senor", "senora", "favor", "porfa", "buen", "dia",
        // How a Spanish question often starts ("Tengo miedo…", "Ayer vinieron…"); none is a name.
        "tengo", "tenemos", "quiero", "queremos", "necesito", "necesitamos", "estoy", "estamos", "soy", "somos", "vivo",
        "vivimos", "ayer", "hoy", "manana", "ayuda", "ayudenme", "ayudame",
    };

    private static readonly Lucene.Net.Analysis.Util.CharArraySet FunctionWords = StopWords.Create();

    /// <summary><paramref name="text"/> with every word neither the knowledge nor a common-word list knows written as <c>[…]</c>.</summary>
    public string Filter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = index.Current.KnownWords;
        var words = WordTokens.In(text);
        if (words.Count == 0)
        {
            return text;
        }
        var written = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (System.Text.RegularExpressions.Match word in words)
        {
            written.Append(text, at, word.Index - at);
            written.Append(IsKnown(word.Value, known) ? word.Value : PersonalDetails.Placeholder);
            at = word.Index + word.Length;
        }
        written.Append(text, at, text.Length - at);
        return PersonalDetails.JoinPlaceholders(written.ToString());
    }

    /// <summary>
    /// True when a written text holds more <c>[…]</c> than words: what was asked can no longer be
    /// read from it. Counted over what is stored, so it needs nothing else kept.
    /// </summary>
    public static bool IsMostlyRedacted(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var placeholders = CountPlaceholders(written);
        return placeholders > WordTokens.In(written).Count;
    }

    private static int CountPlaceholders(string text)
    {
        var count = 0;
        for (var at = text.IndexOf(PersonalDetails.Placeholder, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(PersonalDetails.Placeholder, at + PersonalDetails.Placeholder.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static bool IsKnown(string word, IReadOnlySet<string> known)
    {
        if (word.Length == 1)
        {
            return true;
        }
        var key = WordTokens.Key(word);
        if (known.Contains(key) || SentenceWords.Contains(key) || FunctionWords.Contains(word.ToLowerInvariant()))
        {
            return true;
        }
        if (char.IsUpper(word[0]) || word.Any(char.IsDigit))
        {
            // A capitalized word the knowledge does not know is how a name is written; a number it does not cite is nobody's business.
            return false;
        }
        return ModelVocabulary.IsEnglishWord(key) || SpanishWords.Contains(key);
    }
}
