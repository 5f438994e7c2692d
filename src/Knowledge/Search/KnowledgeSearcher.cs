using KnowYourRights.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Retrieves passages and cards for a question's concepts with BM25 over the text, card
/// questions and headings, then measures each hit's concept coverage from its term vectors.
/// </summary>
public static class KnowledgeSearcher
{
    public const int MaxHits = 30;

    /// <summary>How much BM25 (relative to the best hit) adds to coverage when ranking.</summary>
    private const double ScoreWeight = 0.25;

    public static IReadOnlyList<SearchHit> Search(KnowledgeSnapshot snapshot, IReadOnlyList<Concept> concepts)
    {
        var query = BuildQuery(concepts);
        if (query.Clauses.Count == 0)
        {
            return [];
        }
        var totalWeight = concepts.Sum(c => c.Weight);
        var cardQuestions = SnapshotAnalysis.Of(snapshot).CardQuestions;
        using var context = snapshot.Searchers.GetContext();
        var searcher = context.Reference;
        var top = searcher.Search(query, MaxHits);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var document = searcher.Doc(scoreDoc.Doc);
            var terms = DocumentTerms(searcher.IndexReader, scoreDoc.Doc);
            var covered = concepts.Where(c => c.Terms.Overlaps(terms)).Sum(c => c.Weight);
            var id = document.Get(IndexFields.Id);
            var similarity = cardQuestions.TryGetValue(id, out var questions) && document.Get(IndexFields.Type) == IndexFields.CardType
                ? questions.Max(q => QuestionSimilarity.Dice(concepts, q))
                : 0;
            hits.Add(new SearchHit(
                id,
                document.Get(IndexFields.Type),
                document.Get(IndexFields.Heading),
                document.Get(IndexFields.Payload),
                scoreDoc.Score,
                totalWeight > 0 ? covered / totalWeight : 0,
                similarity)
            {
                SourceId = document.Get(IndexFields.SourceId),
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

    private static BooleanQuery BuildQuery(IReadOnlyList<Concept> concepts)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts.Where(c => c.Known))
        {
            foreach (var term in concept.Terms)
            {
                foreach (var (field, boost) in IndexFields.SearchFields)
                {
                    query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
                }
            }
        }
        return query;
    }

    private static HashSet<string> DocumentTerms(IndexReader reader, int doc)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var vectors = reader.GetTermVectors(doc);
        if (vectors is null)
        {
            return terms;
        }
        foreach (var field in IndexFields.SearchFields.Keys)
        {
            var fieldTerms = vectors.GetTerms(field);
            if (fieldTerms is null)
            {
                continue;
            }
            var termsEnum = fieldTerms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                terms.Add(termsEnum.Term.Utf8ToString());
            }
        }
        return terms;
    }
}
