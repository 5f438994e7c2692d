using KnowYourRights.Knowledge.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Turns a question into weighted concepts with the index's own analyzer. Tokens that overlap
/// (a word and the synonyms injected at its position, or a multi-word phrase and its canonical
/// term) form one concept; a word the index has never seen gets its nearest indexed spelling.
/// </summary>
internal static class QuestionAnalysis
{
    public static IReadOnlyList<Concept> Analyze(string question, KnowledgeSnapshot snapshot) =>
        Analyze(question, snapshot, SnapshotAnalysis.Of(snapshot).GenericTerms);

    /// <summary>As <see cref="Analyze(string, KnowledgeSnapshot)"/>, with the snapshot's generic terms given (while its <see cref="SnapshotAnalysis"/> is being made).</summary>
    internal static IReadOnlyList<Concept> Analyze(string question, KnowledgeSnapshot snapshot, IReadOnlySet<string> genericTerms)
    {
        var tokens = Tokenize(snapshot.Analyzer, question);
        var groups = GroupOverlapping(tokens);
        var total = Math.Max(1, snapshot.DocumentCount);
        var concepts = new List<Concept>();
        foreach (var group in groups)
        {
            var terms = new HashSet<string>(group.Select(t => t.Term), StringComparer.Ordinal);
            var known = terms.Where(snapshot.Vocabulary.ContainsKey).ToList();
            if (known.Count == 0)
            {
                foreach (var term in terms.ToList())
                {
                    if (SpellingCorrector.Correct(term, snapshot.Vocabulary) is { } corrected)
                    {
                        terms.Add(corrected);
                        known.Add(corrected);
                    }
                }
            }
            var docFreq = known.Count == 0 ? 0 : known.Max(t => snapshot.Vocabulary[t]);
            var surface = string.Join(" ", group.Select(t => t.Term).Distinct());
            var weight = Idf(docFreq, total);
            if (group.All(t => genericTerms.Contains(t.Term)))
            {
                weight = Math.Min(weight, GenericWords.MaxWeight);
            }
            concepts.Add(new Concept(surface, terms, weight, known.Count > 0));
        }
        return concepts;
    }

    /// <summary>The analyzed terms of a piece of text (to see which concepts a sentence carries).</summary>
    public static HashSet<string> Terms(KnowledgeSnapshot snapshot, string text) =>
        new(Tokenize(snapshot.Analyzer, text).Select(t => t.Term), StringComparer.Ordinal);

    /// <summary>BM25's inverse document frequency: rare terms weigh more.</summary>
    private static double Idf(int docFreq, int docCount) => Math.Log(1 + ((docCount - docFreq + 0.5) / (docFreq + 0.5)));

    private static List<Token> Tokenize(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), Math.Max(0, position), Math.Max(1, length.PositionLength)));
        }
        stream.End();
        return tokens;
    }

    /// <summary>Merges tokens whose position spans overlap into one group, in question order.</summary>
    private static List<List<Token>> GroupOverlapping(List<Token> tokens)
    {
        var groups = new List<(int Start, int End, List<Token> Tokens)>();
        foreach (var token in tokens.OrderBy(t => t.Position))
        {
            var end = token.Position + token.Length;
            if (groups.Count > 0 && token.Position < groups[^1].End)
            {
                var last = groups[^1];
                last.Tokens.Add(token);
                groups[^1] = (last.Start, Math.Max(last.End, end), last.Tokens);
            }
            else
            {
                groups.Add((token.Position, end, [token]));
            }
        }
        return groups.Select(g => g.Tokens).ToList();
    }

    private sealed record Token(string Term, int Position, int Length);
}
