using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Synonym;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// The one per-field analyzer shared by indexing and querying: domain English analysis for
/// the text fields, keyword analysis for ids and types.
/// </summary>
internal static class KnowledgeAnalyzer
{
    public static PerFieldAnalyzerWrapper Create(SynonymMap? synonyms) =>
        new(
            new DomainAnalyzer(synonyms),
            new Dictionary<string, Analyzer>
            {
                [IndexFields.Id] = new KeywordAnalyzer(),
                [IndexFields.Type] = new KeywordAnalyzer(),
            });
}
