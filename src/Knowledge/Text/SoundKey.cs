using System.Text;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// A rough key for how an English word sounds: its first letter and the consonant sounds after
/// it, so that words spelled by ear share one ("jale" and "jail" → <c>jl</c>, "imigrasion" and
/// "immigration" → <c>imgrSn</c>, "sposed" and "supposed" → <c>spsd</c>). People who learned a
/// word by hearing it, often in a second language, spell its vowels and doubled letters every
/// which way but keep its consonants; an edit distance counts those vowels as errors, this key
/// ignores them.
/// </summary>
/// <remarks>
/// Spelling rules, in order: x → ks; ph → f; ck, q and hard c → k; soft c (before e, i, y) and z → s;
/// tion, sion, ch and sh → one "S" sound; v → b (Spanish speakers hear one sound); silent gh, wh → w,
/// initial kn → n; then every vowel, y and h after the first letter is dropped and repeated letters are
/// collapsed. Not a full phonetic algorithm, only what misspellings by ear need.
/// </remarks>
internal static class SoundKey
{
    public static string Of(string word)
    {
        var w = Undoubled(Accents.Fold(word.ToLowerInvariant()));
        if (w.Length == 0)
        {
            return w;
        }
        var spelled = new StringBuilder(w.Length + 4);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            switch (c)
            {
                case 'x':
                    spelled.Append("ks");
                    break;
                case 'p' when next == 'h':
                    spelled.Append('f');
                    i++;
                    break;
                case 'c' when next == 'k':
                    spelled.Append('k');
                    i++;
                    break;
                case 'c' when next == 'h':
                case 's' when next == 'h':
                    spelled.Append('S');
                    i++;
                    break;
                case 'c' when next is 'e' or 'i' or 'y':
                    spelled.Append(IsSionOrTion(w, i) ? 'S' : 's');
                    break;
                case 'c':
                case 'q':
                    spelled.Append('k');
                    break;
                case 't' or 's' when IsSionOrTion(w, i):
                    spelled.Append('S');
                    break;
                case 'z':
                    spelled.Append('s');
                    break;
                case 'v':
                    spelled.Append('b');
                    break;
                case 'g' when next == 'h' && i > 0:
                    i++;
                    break;
                case 'w' when next == 'h':
                    spelled.Append('w');
                    i++;
                    break;
                case 'k' when next == 'n' && i == 0:
                    break;
                default:
                    spelled.Append(c);
                    break;
            }
        }
        var key = new StringBuilder(spelled.Length);
        for (var i = 0; i < spelled.Length; i++)
        {
            var c = spelled[i];
            if (i > 0 && (IsVowel(c) || c == 'h'))
            {
                continue;
            }
            if (key.Length > 0 && key[^1] == c)
            {
                continue;
            }
            key.Append(c);
        }
        return key.ToString();
    }

    /// <summary>"immigration" as "imigration": doubled letters are one sound (and "ssion" one "sh").</summary>
    private static string Undoubled(string w)
    {
        var single = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            if (single.Length == 0 || single[^1] != c)
            {
                single.Append(c);
            }
        }
        return single.ToString();
    }

    /// <summary>"ti" or "si" (or "ci") followed by a vowel, as in nation, mission, special: one "sh" sound.</summary>
    private static bool IsSionOrTion(string w, int i) =>
        i > 0 && i + 2 < w.Length && w[i + 1] == 'i' && w[i + 2] is 'o' or 'a';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
