namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Finds the indexed term nearest to an unknown (analyzed) word, so "detainor", "imigration" and
/// "imigrant" still find their passages. Words under five letters are not corrected (too many
/// near neighbours: "joke" is one edit from "joe"); up to seven letters allow one edit, longer
/// words two; the first letter must match (people rarely misspell it); the correction must be a
/// term at least three documents use; ties go to the more common term.
/// </summary>
public static class SpellingCorrector
{
    /// <summary>The fewest documents a correction's term must occur in.</summary>
    private const int MinDocumentFrequency = 3;

    public static string? Correct(string term, IReadOnlyDictionary<string, int> vocabulary)
    {
        if (term.Length < 5 || term.Any(char.IsDigit))
        {
            return null;
        }
        var maxEdits = term.Length <= 7 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFreq = 0;
        foreach (var (candidate, freq) in vocabulary)
        {
            // A correction must land on a word several documents use: a real word one edit
            // from a rare one ("mexico" → "medico") is more likely right as written.
            if (freq < MinDocumentFrequency || candidate.Length < 3 || candidate[0] != term[0])
            {
                continue;
            }
            var distance = Math.Abs(candidate.Length - term.Length) <= maxEdits ? Distance(term, candidate, maxEdits) : int.MaxValue;
            if (IsStemOf(candidate, term))
            {
                // The stemmer only strips suffixes it knows, so a misspelled ending survives
                // ("immigraton", "detainr"): match the indexed stem against the word's start, at one edit's cost.
                distance = Math.Min(distance, Distance(term[..candidate.Length], candidate, maxEdits) + 1);
            }
            if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && freq > bestFreq)))
            {
                (best, bestDistance, bestFreq) = (candidate, distance, freq);
            }
        }
        return best;
    }

    private static bool IsStemOf(string stem, string word) => stem.Length >= 5 && word.Length > stem.Length && word.Length - stem.Length <= 4;

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), cut off above <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
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
            if (rowMin > max)
            {
                return max + 1;
            }
        }
        return d[a.Length, b.Length];
    }
}
