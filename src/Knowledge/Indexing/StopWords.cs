using Lucene.Net.Analysis.Util;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// Words that carry no topic: English function words, the words questions are made of
/// ("what", "can", "my"), and Spanish function words. Dropping them on both sides lets the
/// share of a question's remaining words that a passage covers act as its confidence.
/// </summary>
internal static class StopWords
{
    private static readonly string[] Words =
    [
        // English function words (Lucene's English set, and more).
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "from", "than", "too", "very", "so", "just", "also", "been", "being", "were", "has",
        "have", "had", "its", "it's", "s", "t", "am", "any", "some", "about", "over", "up", "out", "those",
        // How questions are asked.
        "what", "whats", "what's", "how", "why", "when", "where", "which", "who", "whom", "whose", "do", "does",
        "did", "can", "could", "would", "should", "may", "might", "must", "shall", "i", "im", "i'm", "me", "my",
        "mine", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his", "them", "tell", "please",
        "explain", "know", "knows", "want", "wants", "wanted", "need", "needs", "needed", "get", "gets", "getting",
        "got", "gotten", "mean", "means", "meaning", "happen", "happens",
        "happened", "thing", "things", "really", "ok", "okay", "hey", "kind", "sort", "like", "lot", "much",
        "many", "something", "anything", "someone", "somebody", "anyone", "anybody", "u", "ur", "pls", "plz",
        "wat", "wut", "gonna", "wanna", "still", "even", "ever", "yet", "there's", "here", "let", "say", "said",
        // Spanish function words.
        "que", "qué", "el", "la", "los", "las", "lo", "le", "les", "de", "del", "al", "y", "o", "en", "es", "son",
        "un", "una", "unos", "unas", "por", "para", "con", "sin", "mi", "mis", "tu", "tus", "su", "sus", "me",
        "te", "se", "si", "sí", "no", "yo", "como", "cómo", "cuando", "cuándo", "donde", "dónde", "cual", "cuál",
        "quien", "quién", "puede", "pueden", "puedo", "hay", "esta", "está", "este", "esto", "eso", "ese", "esa",
        "muy", "mas", "más", "pero", "porque", "ser", "estar", "hace", "hacer", "sobre",
    ];

    public static CharArraySet Create() => new(LuceneSettings.Version, Words, ignoreCase: true);
}
