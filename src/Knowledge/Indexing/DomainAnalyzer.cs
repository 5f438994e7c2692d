using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// English analysis that keeps the domain's terms intact and maps people's words onto the
/// paper's: char mapping (287(g) → 287g, U.S. → US), standard tokenizer, possessives,
/// accent folding (so Spanish "policía" = "policia"), lower case, the domain synonym map,
/// stop words, and Porter stemming except for protected terms (ICE, PEP, CAP…).
/// </summary>
/// <remarks>
/// The same instance analyzes documents and questions. Synonym rules are written as
/// "variants => variants, canonical" so both sides gain the canonical term and keep their own:
/// that avoids the multi-word query-time pitfalls of Lucene 4.8's SynonymFilter (there is no
/// graph filter) while still letting "la migra" find ICE and "DMV" find driver's licenses.
/// </remarks>
internal sealed class DomainAnalyzer : Analyzer
{
    private static readonly NormalizeCharMap CharMap = BuildCharMap();

    private static readonly CharArraySet Protected = new(
        LuceneSettings.Version,
        ["ice", "pep", "cap", "wso", "dhs", "doj", "fbi", "dmv", "aclu", "ilrc", "287g", "us", "jag", "byrne"],
        ignoreCase: true);

    private readonly SynonymMap? _synonyms;
    private readonly CharArraySet _stopWords = StopWords.Create();

    public DomainAnalyzer(SynonymMap? synonyms)
    {
        _synonyms = synonyms;
    }

    /// <summary>Builds the synonym map from Solr-format rules (see <c>seeds/synonyms.txt</c>).</summary>
    public static SynonymMap ParseSynonyms(string rules)
    {
        using var ruleAnalyzer = new RuleAnalyzer();
        var parser = new SolrSynonymParser(dedup: true, expand: true, ruleAnalyzer);
        try
        {
            parser.Parse(new StringReader(rules));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"synonyms.txt: {e.Message}", e);
        }
        return parser.Build();
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(CharMap, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream stream = Normalize(source);
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        }
        stream = new StopFilter(LuceneSettings.Version, stream, _stopWords);
        stream = new SetKeywordMarkerFilter(stream, Protected);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static TokenStream Normalize(TokenStream source)
    {
        TokenStream stream = new EnglishPossessiveFilter(LuceneSettings.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new LowerCaseFilter(LuceneSettings.Version, stream);
    }

    private static NormalizeCharMap BuildCharMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var form in new[] { "287(g)", "287(G)", "287 (g)", "287 (G)", "287-g", "287-G", "287g", "287G" })
        {
            builder.Add(form, "287g");
        }
        builder.Add("U.S.", "US");
        builder.Add("’", "'");
        builder.Add("‘", "'");
        return builder.Build();
    }

    /// <summary>Analyzes synonym rules the way text is analyzed up to the synonym filter.</summary>
    private sealed class RuleAnalyzer : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(CharMap, reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneSettings.Version, reader);
            return new TokenStreamComponents(source, Normalize(source));
        }
    }
}
