using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Each searched term's place in one snapshot's index (its term dictionary entries and document
/// frequency), looked up the first time a question uses it and kept for the snapshot's life. A
/// term query otherwise seeks every term in every field anew for each question. Only terms of the
/// index's vocabulary are kept, so the memory is bounded by the index, whatever people type.
/// </summary>
internal sealed class TermContexts(IReadOnlyDictionary<string, int> vocabulary)
{
    private readonly ConcurrentDictionary<(string Field, string Term), TermContext> _contexts = new();

    /// <summary>A query for <paramref name="term"/> in <paramref name="field"/> of <paramref name="searcher"/> (this snapshot's).</summary>
    public TermQuery Query(IndexSearcher searcher, string field, string term)
    {
        if (!vocabulary.ContainsKey(term))
        {
            return new TermQuery(new Term(field, term));
        }
        var context = _contexts.GetOrAdd(
            (field, term),
            static (key, top) => TermContext.Build(top, new Term(key.Field, key.Term)),
            searcher.TopReaderContext);
        return new TermQuery(new Term(field, term), context);
    }
}
