using KnowYourRights.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Retrieves passages and cards for a question's concepts with BM25 over the text, card
/// questions and headings, then measures each hit's concept coverage from its terms (read once per snapshot, see <see cref="IndexedDocuments"/>).
/// </summary>
internal static class KnowledgeSearcher
{
    public const int MaxHits = 30;

    /// <summary>How much BM25 (relative to the best hit) adds to coverage when ranking.</summary>
    private const double ScoreWeight = 0.25;

    public static IReadOnlyList<SearchHit> Search(KnowledgeSnapshot snapshot, IReadOnlyList<Concept> concepts)
    {
        var analysis = SnapshotAnalysis.Of(snapshot);
        using var context = snapshot.Searchers.GetContext();
        var searcher = context.Reference;
        var query = BuildQuery(concepts, analysis.TermContexts, searcher);
        if (query.Clauses.Count == 0)
        {
            return [];
        }
        var analyzed = new AnalyzedQuestion(concepts);
        var top = searcher.Search(query, MaxHits);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var document = analysis.Documents.Get(searcher, scoreDoc.Doc);
            var covered = analyzed.WeightIn(document.Terms);
            var similarity = document.Type == IndexFields.CardType && analysis.CardQuestions.TryGetValue(document.Id, out var questions)
                ? questions.Max(q => QuestionSimilarity.Dice(analyzed, q))
                : 0;
            hits.Add(new SearchHit(
                document.Id,
                document.Type,
                document.Heading,
                document.Payload,
                scoreDoc.Score,
                analyzed.Weight > 0 ? covered / analyzed.Weight : 0,
                similarity)
            {
                SourceId = document.SourceId,
            });
        }
        var best = hits.Count > 0 ? hits.Max(h => h.Score) : 1f;
        return hits
            .Select(h => h with { Rank = RankOf(h, best) })
            .OrderByDescending(h => h.Rank)
            .ToList();
    }

    /// <summary>
    /// Cards rank by both coverage and how closely the question matches one of their ways of
    /// asking, so "What is a detainer?" prefers the card that asks exactly that over cards
    /// that merely mention detainers.
    /// </summary>
    private static double RankOf(SearchHit hit, float bestScore)
    {
        var content = hit.Type == IndexFields.CardType ? (hit.Coverage + hit.Similarity) / 2 : hit.Coverage;
        return content + (ScoreWeight * hit.Score / bestScore);
    }

    private static BooleanQuery BuildQuery(IReadOnlyList<Concept> concepts, TermContexts terms, IndexSearcher searcher)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts.Where(c => c.Known))
        {
            foreach (var term in concept.Terms)
            {
                foreach (var (field, boost) in IndexFields.SearchFields)
                {
                    var clause = terms.Query(searcher, field, term);
                    clause.Boost = boost;
                    query.Add(clause, Occur.SHOULD);
                }
            }
        }
        return query;
    }
}
