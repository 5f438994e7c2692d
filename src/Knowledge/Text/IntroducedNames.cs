using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Finds the names people introduce themselves (or a relative) with: "my name is…", "Hi, I'm
/// Maria Lopez", "this is Ana", "me llamo…", "mi nombre es…", "soy José Ríos". Only a name
/// that follows such an introduction is removed; a bare capitalized word is usually a place,
/// a program or an agency, which the question needs.
/// </summary>
/// <remarks>
/// After "my name is" / "me llamo" people often type in lower case, so there up to two
/// lower-case words that are not function words count as a name. After "I'm", "this is" and
/// "soy" only capitalized words count, and never a nationality or a status ("soy ciudadana",
/// "I'm Mexican", "soy DACA"), because those carry the question's meaning.
/// </remarks>
internal static partial class IntroducedNames
{
    private const int MaxNameWords = 4;
    private const int MaxLowerCaseNameWords = 2;

    /// <summary>Words that end a name typed in lower case: function words and common next words.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "so", "i", "im", "i'm", "me", "my", "is", "was", "are", "am", "not", "no",
        "from", "in", "on", "at", "of", "for", "to", "with", "by", "here", "there", "too", "also", "just", "and", "if",
        "what", "how", "why", "when", "where", "who", "can", "could", "do", "does", "did", "will", "would", "have", "has",
        "had", "need", "want", "live", "have", "this", "that", "it", "he", "she", "they", "we", "you", "your", "his", "her",
        "y", "o", "pero", "de", "del", "la", "el", "los", "las", "un", "una", "en", "con", "por", "para", "que", "qué",
        "soy", "es", "era", "fue", "mi", "mis", "su", "sus", "tu", "yo", "tengo", "tiene", "vivo", "estoy", "esta", "está",
        "quiero", "necesito", "como", "cómo", "cuando", "donde", "si", "sí", "ya", "eso", "esto", "le", "lo", "se", "me",
        "hola", "hi", "hello", "hey", "thanks", "gracias", "please", "porfavor", "favor",
    };

    /// <summary>Capitalized words after "I'm"/"soy" that describe a person rather than name one.</summary>
    private static readonly HashSet<string> Descriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "american", "mexican", "guatemalan", "salvadoran", "honduran", "venezuelan", "colombian", "cuban", "dominican",
        "haitian", "nicaraguan", "peruvian", "ecuadorian", "brazilian", "latino", "latina", "latinx", "hispanic",
        "undocumented", "legal", "illegal", "citizen", "resident", "catholic", "christian", "muslim", "daca", "dreamer",
        "sorry", "scared", "afraid", "worried", "confused", "new", "not", "just", "also", "here", "the", "a", "an",
        "ciudadano", "ciudadana", "indocumentado", "indocumentada", "residente", "mexicano", "mexicana", "guatemalteco",
        "guatemalteca", "salvadoreno", "salvadorena", "hondureno", "hondurena", "venezolano", "venezolana", "colombiano",
        "colombiana", "cubano", "cubana", "dominicano", "dominicana", "haitiano", "haitiana", "nicaraguense", "peruano",
        "peruana", "ecuatoriano", "ecuatoriana", "americano", "americana", "estadounidense", "latino", "hispano",
        "hispana", "ilegal", "catolico", "catolica", "cristiano", "cristiana", "madre", "padre", "mama", "papa", "de",
        "del", "una", "un", "el", "la",
    };

    private static readonly HashSet<string> NameConnectors = new(StringComparer.OrdinalIgnoreCase) { "de", "del", "la", "los", "y" };

    /// <summary>Words after a name that show "I'm X" / "this is X" introduces someone.</summary>
    private static readonly HashSet<string> IntroductionFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "from", "here", "with", "y", "de", "i", "im", "i'm", "my", "mi",
    };

    /// <summary>Returns <paramref name="text"/> with every introduced name replaced by <paramref name="placeholder"/>.</summary>
    public static string Scrub(string text, string placeholder)
    {
        text = NamedIntroduction().Replace(text, m => Replace(text, m, placeholder, lowerCaseAllowed: true, needsFollower: false));
        text = GreetingIntroduction().Replace(text, m => Replace(
            text, m, placeholder, lowerCaseAllowed: false, needsFollower: !m.Groups["greeting"].Success));
        return SoyIntroduction().Replace(text, m => Replace(text, m, placeholder, lowerCaseAllowed: false, needsFollower: false));
    }

    private static string Replace(string text, Match match, string placeholder, bool lowerCaseAllowed, bool needsFollower)
    {
        var rest = match.Groups["rest"];
        var words = Word().Matches(rest.Value);
        var nameEnd = 0;
        var nameWords = 0;
        var lowerCaseWords = 0;
        for (var i = 0; i < words.Count && nameWords < MaxNameWords; i++)
        {
            var word = words[i].Value;
            if (nameWords > 0 && NameConnectors.Contains(word) && ConnectsToName(words, i))
            {
                continue;
            }
            if (IsCapitalized(word) && !Descriptions.Contains(Accents.Fold(word)))
            {
                nameWords++;
            }
            else if (lowerCaseAllowed && lowerCaseWords < MaxLowerCaseNameWords && IsLowerCase(word)
                     && !NotNames.Contains(word) && !Descriptions.Contains(Accents.Fold(word)))
            {
                nameWords++;
                lowerCaseWords++;
            }
            else
            {
                break;
            }
            nameEnd = words[i].Index + words[i].Length;
        }
        if (nameWords == 0 || (needsFollower && !FollowsIntroduction(text, rest.Index + nameEnd, rest.Value[nameEnd..])))
        {
            return match.Value;
        }
        return match.Groups["lead"].Value + placeholder + rest.Value[nameEnd..];
    }

    /// <summary>True when the connectors from <paramref name="index"/> on ("de la") lead to a capitalized name word.</summary>
    private static bool ConnectsToName(MatchCollection words, int index)
    {
        while (index < words.Count && NameConnectors.Contains(words[index].Value))
        {
            index++;
        }
        return index < words.Count && IsCapitalized(words[index].Value) && !Descriptions.Contains(Accents.Fold(words[index].Value));
    }

    /// <summary>True when what comes after the name ends or continues an introduction ("Maria, …", "Maria from…").</summary>
    private static bool FollowsIntroduction(string text, int nameEnd, string restAfterName)
    {
        var after = restAfterName.Length > 0 ? restAfterName : text[Math.Min(nameEnd, text.Length)..];
        var trimmed = after.TrimStart();
        if (trimmed.Length == 0 || ",.!;:-".Contains(trimmed[0], StringComparison.Ordinal))
        {
            return true;
        }
        var next = Word().Match(trimmed);
        return next.Success && next.Index == 0 && IntroductionFollowers.Contains(next.Value);
    }

    private static bool IsCapitalized(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !word.Skip(1).Any(char.IsUpper);

    private static bool IsLowerCase(string word) => word.Length > 1 && word.All(c => !char.IsUpper(c));

    [GeneratedRegex(@"[\p{L}'’-]+")]
    private static partial Regex Word();

    [GeneratedRegex(
        @"(?<lead>\b(?i:my\s+name\s+is|my\s+name['’]s|name\s*:|(?:his|her|their)\s+name\s+is|my\s+\w+['’]s\s+name\s+is"
        + @"|me\s+llamo|mi\s+nombre\s+es|su\s+nombre\s+es|nombre\s*:)\s+)"
        + @"(?<rest>[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,5})")]
    private static partial Regex NamedIntroduction();

    [GeneratedRegex(
        @"(?<lead>(?:(?<greeting>\b(?i:hi|hello|hey|hola|buenas|good\s+(?:morning|afternoon|evening)|buen(?:os|as)\s+(?:d[ií]as|tardes|noches))\b[\s,!.]*)|\A\s*|(?<=[.!?\n]\s*))"
        + @"(?i:i['’]m|i\s+am|im|this\s+is)\s+)"
        + @"(?<rest>[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,5})")]
    private static partial Regex GreetingIntroduction();

    // "se llama" is also "it is called" ("se llama warrant service officer"): only a capitalized name counts.
    [GeneratedRegex(@"(?<lead>\b(?i:soy|se\s+llama)\s+)(?<rest>[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,5})")]
    private static partial Regex SoyIntroduction();
}
