using System.Collections.Frozen;
using KnowYourRights.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Each document of one snapshot as search reads it, read from the index the first time a
/// question hits it and kept for the snapshot's life. Reading stored fields and term vectors
/// decompresses them anew on every call, and was most of the cost of a question: a version's
/// documents never change, so each is read once.
/// </summary>
/// <remarks>
/// One slot per document number; two first readers of the same document at once both read it
/// and one result wins, which is harmless (they are equal). The memory is bounded by the index:
/// a few hundred documents of the paper and cards, a few thousand with the sources' passages.
/// </remarks>
internal sealed class IndexedDocuments
{
    private readonly IndexedDocument?[] _documents;

    public IndexedDocuments(int maxDoc) => _documents = new IndexedDocument?[maxDoc];

    /// <summary>Document <paramref name="doc"/> of <paramref name="searcher"/> (which must be this snapshot's).</summary>
    public IndexedDocument Get(IndexSearcher searcher, int doc) =>
        Volatile.Read(ref _documents[doc]) ?? (_documents[doc] = Read(searcher, doc));

    private static IndexedDocument Read(IndexSearcher searcher, int doc)
    {
        var document = searcher.Doc(doc);
        return new IndexedDocument(
            document.Get(IndexFields.Id),
            document.Get(IndexFields.Type),
            document.Get(IndexFields.Heading),
            document.Get(IndexFields.Payload),
            document.Get(IndexFields.SourceId),
            Terms(searcher.IndexReader, doc));
    }

    private static FrozenSet<string> Terms(IndexReader reader, int doc)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var vectors = reader.GetTermVectors(doc);
        if (vectors is null)
        {
            return FrozenSet<string>.Empty;
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
        return terms.ToFrozenSet(StringComparer.Ordinal);
    }
}
