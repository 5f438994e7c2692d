using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Puts misspelled words back to words the knowledge uses ("jale" → "jail", "imigrasion" →
/// "immigration") before a question is searched. The sentence model reads word pieces, so a
/// misspelling turns a clear word into noise, and a misspelled phrase ("imigrasion hold") misses
/// its synonym rule ("immigration hold" → detainer). The vocabulary is every word of the version's cards (answers and ways of
/// asking); a word is changed only when neither the cards nor the index know it, it is at least four letters long, and
/// one edit (two for longer words) from a known word, the most used one winning; failing that, a card word that sounds
/// the same (<see cref="SoundKey"/>: "jale" → "jail", "sposed" → "supposed") and is spelled nearly the same.
/// </summary>
internal sealed partial class TypoCorrector
{
    private const int MinLength = 4;
    private const int LongWord = 7;

    /// <summary>Corrections already worked out; cleared when full, so odd input cannot grow it without end.</summary>
    private const int MaxRemembered = 10_000;

    private readonly Dictionary<string, int> _counts;
    private readonly ILookup<string, string> _bySound;
    private readonly Func<string, bool> _indexed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _remembered = new(StringComparer.Ordinal);

    private TypoCorrector(Dictionary<string, int> counts, Func<string, bool> indexed)
    {
        _counts = counts;
        _indexed = indexed;
        _bySound = counts.Keys.Where(w => w.Length >= MinLength).ToLookup(SoundKey.Of, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static TypoCorrector For(KnowledgeSnapshot snapshot)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = snapshot.Cards.Cards
            .SelectMany(c => c.WaysOfAsking.Append(c.Answer).Append(c.Topic));
        foreach (var text in texts)
        {
            foreach (Match m in Word().Matches(text))
            {
                var word = m.Value.ToLowerInvariant();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        // A word the index knows (in the paper or a source, if not in a card) is not a misspelling.
        return new TypoCorrector(counts, word =>
        {
            var terms = QuestionAnalysis.Terms(snapshot, word);
            return terms.Count > 0 && terms.All(snapshot.Vocabulary.ContainsKey);
        });
    }

    /// <summary>
    /// The text with misspelled words corrected. Left as written: acronyms ("DACA"); capitalised words
    /// inside a sentence, which are often names ("Mayorkas"), unless one letter from a card word ("Latinu");
    /// and in a Spanish question, every change but restored accents ("detencion" → "detención"), since the
    /// words the corrector knows are mostly English and a Spanish word one letter from an English one
    /// ("hace", "have") is not a misspelling of it.
    /// </summary>
    public string Correct(string text)
    {
        var spanish = Language.Detect(text) == Language.Spanish;
        return Word().Replace(text, m =>
        {
            var word = m.Value;
            if (IsAcronym(word))
            {
                return word;
            }
            var corrected = CorrectWord(word);
            var lower = word.ToLowerInvariant();
            if (spanish && Accents.Fold(corrected) != Accents.Fold(lower))
            {
                return word;
            }
            return IsCapitalisedInsideSentence(text, m) && SpellingCorrector.Distance(lower, corrected, 1) > 1 ? word : corrected;
        });
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    private static bool IsCapitalisedInsideSentence(string text, Match word)
    {
        if (!char.IsUpper(word.Value[0]))
        {
            return false;
        }
        var before = text[..word.Index].TrimEnd();
        return before.Length > 0 && before[^1] is not ('.' or '?' or '!' or '¿' or '¡' or ':' or '"' or '“');
    }

    private string CorrectWord(string word)
    {
        if (_remembered.TryGetValue(word, out var known))
        {
            return known;
        }
        if (_remembered.Count >= MaxRemembered)
        {
            _remembered.Clear();
        }
        return _remembered[word] = Work(word);
    }

    private string Work(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinLength || _counts.ContainsKey(lower) || _indexed(lower) || ModelVocabulary.IsEnglishWord(lower))
        {
            return word;
        }
        var allowed = lower.Length >= LongWord ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        foreach (var (known, count) in _counts)
        {
            if (Math.Abs(known.Length - lower.Length) > allowed || known.Length < MinLength)
            {
                continue;
            }
            var distance = SpellingCorrector.Distance(lower, known, allowed);
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
            {
                (best, bestDistance, bestCount) = (known, distance, count);
            }
        }
        return best ?? SoundsLike(lower) ?? word;
    }

    /// <summary>
    /// A word spelled by ear ("jale", "sposed") is often more than one edit from the word meant but
    /// sounds the same (<see cref="SoundKey"/>): the most used card word with the same sound key, if
    /// its spelling is still close (at most a third of the word's letters changed, at least two allowed).
    /// </summary>
    private string? SoundsLike(string lower)
    {
        var allowed = Math.Max(2, lower.Length / 3);
        return _bySound[SoundKey.Of(lower)]
            .Where(known => Math.Abs(known.Length - lower.Length) <= allowed
                && SpellingCorrector.Distance(lower, known, allowed) <= allowed)
            .OrderByDescending(known => _counts[known])
            .ThenBy(known => known, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
