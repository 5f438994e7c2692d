using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Tells Spanish questions from English ones, so the bot can answer and decline in the asker's
/// language. Spanish punctuation or accents, or two Spanish function words, mark Spanish.
/// </summary>
public static partial class Language
{
    public const string English = "en";
    public const string Spanish = "es";

    private static readonly HashSet<string> SpanishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "que", "qué", "el", "los", "las", "de", "del", "es", "son", "un", "una", "por", "para", "con", "mi", "mis",
        "puede", "pueden", "puedo", "cómo", "como", "cuándo", "dónde", "hay", "si", "sí", "yo", "me", "se",
        "esta", "está", "estoy", "tengo", "ayuda", "hola", "gracias", "necesito", "soy", "sobre", "cual", "cuál",
    };

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();

    public static string Detect(string text)
    {
        if (text.IndexOfAny(['¿', '¡', 'ñ', 'Ñ', 'á', 'é', 'í', 'ó', 'ú']) >= 0)
        {
            return Spanish;
        }
        var spanish = Words().Matches(text).Count(m => SpanishWords.Contains(m.Value));
        return spanish >= 2 ? Spanish : English;
    }
}
