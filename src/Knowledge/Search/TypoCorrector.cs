using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Puts misspelled words back to words the knowledge uses ("jale" → "jail", "imigrasion" →
/// "immigration") before a question is searched. The sentence model reads word pieces, so a
/// misspelling turns a clear word into noise, and a misspelled phrase ("imigrasion hold") misses
/// its synonym rule ("immigration hold" → detainer). The vocabulary is every word of the version's cards (answers and ways of
/// asking); a word is changed only when neither the cards nor the index know it, it is at least four letters long, and
/// one edit (two for longer words) from a known word, the most used one winning.
/// </summary>
public sealed partial class TypoCorrector
{
    private const int MinLength = 4;
    private const int LongWord = 7;

    /// <summary>Corrections already worked out; cleared when full, so odd input cannot grow it without end.</summary>
    private const int MaxRemembered = 10_000;

    private readonly Dictionary<string, int> _counts;
    private readonly Func<string, bool> _indexed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _remembered = new(StringComparer.Ordinal);

    private TypoCorrector(Dictionary<string, int> counts, Func<string, bool> indexed)
    {
        _counts = counts;
        _indexed = indexed;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static TypoCorrector For(KnowledgeSnapshot snapshot)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = snapshot.Cards.Cards
            .SelectMany(c => c.Questions.Append(c.Question).Append(c.Answer).Append(c.Topic));
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

    public string Correct(string text) => Word().Replace(text, m => CorrectWord(m.Value));

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
        if (lower.Length < MinLength || _counts.ContainsKey(lower) || _indexed(lower))
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
            var distance = EditDistance(lower, known, allowed);
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
            {
                (best, bestDistance, bestCount) = (known, distance, count);
            }
        }
        return best ?? word;
    }

    /// <summary>Optimal string alignment distance (a swap of two letters is one edit), cut off past <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
                rowMin = Math.Min(rowMin, d[i, j]);
            }
            if (rowMin > limit)
            {
                return limit + 1;
            }
        }
        return d[a.Length, b.Length];
    }
}
