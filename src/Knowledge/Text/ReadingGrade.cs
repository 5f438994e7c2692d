using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Flesch-Kincaid grade level, counted the way the project's scorer counts it (words of letters,
/// sentences by terminal punctuation, syllables by vowel groups), so a card that passes here
/// passes there.
/// </summary>
public static partial class ReadingGrade
{
    /// <summary>Legal-aid guidance: grade 5–6.</summary>
    public const double TargetGrade = 6.0;

    /// <summary>The most words a card's answer may have.</summary>
    public const int MaxCardWords = 90;

    [GeneratedRegex(@"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\[\d+\]|\(\d+\)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[*_`#>]")]
    private static partial Regex MarkdownPunctuation();

    [GeneratedRegex(@"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex(@"[aeiouy]+")]
    private static partial Regex VowelGroup();

    /// <summary>The prose of an answer: no links, citation markers or Markdown punctuation.</summary>
    public static string PlainText(string answer)
    {
        var text = Url().Replace(answer, " ");
        text = Marker().Replace(text, " ");
        return MarkdownPunctuation().Replace(text, " ");
    }

    public static int CountWords(string text) => Word().Matches(text).Count;

    /// <summary>The grade of <paramref name="text"/>; 0 for text under five words.</summary>
    public static double FleschKincaid(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count < 5)
        {
            return 0;
        }
        var sentences = Math.Max(1, SentenceEnd().Matches(text).Count);
        var syllables = words.Sum(Syllables);
        return (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
    }

    /// <summary>
    /// The grade of Spanish <paramref name="text"/> by Crawford's formula (1984), made for Spanish
    /// primary-school texts: −0.205 × sentences per 100 words + 0.049 × syllables per 100 words −
    /// 3.407. Flesch-Kincaid would count Spanish's longer words as a higher grade than they read.
    /// 0 for text under five words.
    /// </summary>
    public static double Crawford(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count < 5)
        {
            return 0;
        }
        var sentences = Math.Max(1, SentenceEnd().Matches(text).Count);
        var syllables = words.Sum(SpanishSyllables);
        return (-0.205 * 100 * sentences / words.Count) + (0.049 * 100 * syllables / words.Count) - 3.407;
    }

    /// <summary>
    /// Spanish syllables: one per vowel group, where two strong vowels (a, e, o) side by side, or
    /// an accented í or ú, are two (hiatus: "le-er", "dí-a"); "ue" in "que" stays one.
    /// </summary>
    internal static int SpanishSyllables(string word)
    {
        var count = 0;
        var previous = '\0';
        foreach (var c in word.ToLowerInvariant())
        {
            if (IsSpanishVowel(c) && (!IsSpanishVowel(previous) || (IsStrong(previous) && IsStrong(c))))
            {
                count++;
            }
            previous = c;
        }
        return Math.Max(1, count);

        static bool IsSpanishVowel(char c) => "aeiouáéíóúü".Contains(c, StringComparison.Ordinal);
        static bool IsStrong(char c) => "aeoáéóíú".Contains(c, StringComparison.Ordinal);
    }

    internal static int Syllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
        if (w.Length == 0)
        {
            return 0;
        }
        if (w.Length <= 3)
        {
            return 1;
        }
        w = SilentEnding().Replace(w, string.Empty);
        if (w.StartsWith('y'))
        {
            w = w[1..];
        }
        return Math.Max(1, VowelGroup().Matches(w).Count);
    }
}
