using System.Text.Json;
using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// One opened index version: its searcher manager, the analyzer built from the synonym rules
/// it was indexed with, the citation manifest it was built with, and its vocabulary (for
/// spelling correction). Everything a question needs comes from the same version.
/// </summary>
/// <remarks>
/// <para>
/// A snapshot only opens an index; it knows nothing of questions. What search derives from it
/// (analyzed card questions, topic terms) is <c>Search.SnapshotAnalysis</c>, made on first use.
/// </para>
/// <para>
/// A snapshot is reference-counted: the <see cref="KnowledgeIndex"/> that opened it holds one
/// reference and each question in flight holds a lease. When a newer version goes live the index
/// gives up its reference, and the files are closed only when the last question using this
/// version has finished — a swap never pulls a searcher out from under a request.
/// </para>
/// </remarks>
public sealed class KnowledgeSnapshot : IDisposable
{
    // The version's Lucene files, copied into memory and checked when it opened (VerifiedIndexCopy).
    private readonly Lucene.Net.Store.Directory _directory;

    // 1 = the opener's reference; leases add to it. 0 = closed, no new leases.
    private int _references = 1;
    private int _ownerReleased;
    private int _closed;

    private KnowledgeSnapshot(
        string version, Lucene.Net.Store.Directory directory, SearcherManager searchers, PerFieldAnalyzerWrapper analyzer, SourceManifest manifest, IndexBuildReport? build, IndexVectors vectors, IReadOnlyList<OutOfScopeTopic> outOfScope, string synonymRules)
    {
        SynonymRules = synonymRules;
        Vectors = vectors;
        OutOfScope = outOfScope;
        Version = version;
        _directory = directory;
        Searchers = searchers;
        Analyzer = analyzer;
        Manifest = manifest;
        Build = build;
        using var context = searchers.GetContext();
        var reader = context.Reference.IndexReader;
        DocumentCount = reader.NumDocs;
        Vocabulary = ReadVocabulary(reader);
        KnownWords = ReadKnownWords(context.Reference, synonymRules, outOfScope);
        Cards = ReadCards(context.Reference);
        PaperPassages = ReadPaperPassages(context.Reference);
    }

    public string Version { get; }

    public SearcherManager Searchers { get; }

    public PerFieldAnalyzerWrapper Analyzer { get; }

    public SourceManifest Manifest { get; }

    public IndexBuildReport? Build { get; }

    public int DocumentCount { get; }

    /// <summary>Subjects next to the bot's own that its sources do not answer, as this version was built with them.</summary>
    public IReadOnlyList<OutOfScopeTopic> OutOfScope { get; }

    /// <summary>The sentence vectors built with this version (none for a version built without them).</summary>
    public IndexVectors Vectors { get; }

    /// <summary>The answer cards this version was built with.</summary>
    public AnswerCardCatalog Cards { get; }

    /// <summary>The paper's paragraphs and list items this version was built with, in reading order.</summary>
    public IReadOnlyList<Passage> PaperPassages { get; }

    /// <summary>ICE's list of 287(g) agreements this version was built with (empty for a version built without one).</summary>
    public AgreementList Agreements { get; private init; } = AgreementList.Empty;

    /// <summary>The domain synonym rules (<c>synonyms.txt</c>) this version was built with, as written: the domain's words and people's words for them.</summary>
    public string SynonymRules { get; }

    /// <summary>Every indexed term of the searched fields with its highest document frequency.</summary>
    public IReadOnlyDictionary<string, int> Vocabulary { get; }

    /// <summary>
    /// Every word this version's texts hold, as written (<see cref="WordTokens.Key"/>: lower
    /// case, accents folded): the paper, the cards in both languages, the cited sources' text,
    /// the synonym rules and the out-of-scope questions. What is written about a question keeps
    /// only words the knowledge (or a common-word list) knows.
    /// </summary>
    public IReadOnlySet<string> KnownWords { get; }

    /// <summary>
    /// Opens a version folder: its Lucene files are read into memory and checked
    /// (<see cref="VerifiedIndexCopy"/>), its other files read and parsed. Throws
    /// <see cref="KnowledgeIndexException"/> when anything in it cannot be read: whatever a
    /// damaged file throws while opening means "not a valid version", never a crash.
    /// </summary>
    public static KnowledgeSnapshot Open(string folder, string version)
    {
        Lucene.Net.Store.Directory? directory = null;
        SearcherManager? searchers = null;
        PerFieldAnalyzerWrapper? analyzer = null;
        try
        {
            var manifest = SourceManifest.Load(Path.Combine(folder, KnowledgeSeeds.ManifestFile));
            var rules = File.ReadAllText(Path.Combine(folder, KnowledgeSeeds.SynonymsFile));
            var buildPath = Path.Combine(folder, IndexBuilder.BuildInfoFile);
            var build = File.Exists(buildPath) ? JsonSerializer.Deserialize<IndexBuildReport>(File.ReadAllText(buildPath), IndexBuilder.Json) : null;
            var vectors = IndexVectors.Read(folder);
            var outOfScope = ReadOutOfScope(folder);
            directory = VerifiedIndexCopy.Load(folder);
            searchers = new SearcherManager(directory, new Bm25SearcherFactory());
            analyzer = KnowledgeAnalyzer.Create(DomainAnalyzer.ParseSynonyms(rules));
            var agreements = AgreementList.Read(folder) ?? AgreementList.Empty;
            return new KnowledgeSnapshot(version, directory, searchers, analyzer, manifest, build, vectors, outOfScope, rules)
            {
                Agreements = agreements,
            };
        }
        catch (Exception e) when (e is not KnowledgeIndexException)
        {
            searchers?.Dispose();
            analyzer?.Dispose();
            directory?.Dispose();
            throw new KnowledgeIndexException(
                $"The knowledge index at '{folder}' cannot be read ({e.GetType().Name}: {e.Message}). Rebuild it with 'index build'.", e);
        }
    }

    /// <summary>True once the files are closed (every reference released).</summary>
    public bool IsClosed => Volatile.Read(ref _closed) == 1;

    /// <summary>Gives up the opener's reference; the files close now, or when the last lease ends.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ownerReleased, 1) == 0)
        {
            Release();
        }
    }

    /// <summary>Takes a reference unless the snapshot has already closed.</summary>
    internal bool TryAcquire()
    {
        while (true)
        {
            var count = Volatile.Read(ref _references);
            if (count <= 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0 && Interlocked.Exchange(ref _closed, 1) == 0)
        {
            Searchers.Dispose();
            Analyzer.Dispose();
            _directory.Dispose();
        }
    }

    /// <summary>A version built before out-of-scope subjects existed has none.</summary>
    private static IReadOnlyList<OutOfScopeTopic> ReadOutOfScope(string folder)
    {
        var path = Path.Combine(folder, IndexBuilder.OutOfScopeFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<List<OutOfScopeTopic>>(File.ReadAllText(path), IndexBuilder.Json) ?? [] : [];
    }

    private static Dictionary<string, int> ReadVocabulary(IndexReader reader)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var fields = MultiFields.GetFields(reader);
        if (fields is null)
        {
            return vocabulary;
        }
        foreach (var field in IndexFields.SearchFields.Keys)
        {
            var terms = fields.GetTerms(field);
            if (terms is null)
            {
                continue;
            }
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                vocabulary[term] = Math.Max(vocabulary.GetValueOrDefault(term), termsEnum.DocFreq);
            }
        }
        return vocabulary;
    }

    private static HashSet<string> ReadKnownWords(IndexSearcher searcher, string synonymRules, IReadOnlyList<OutOfScopeTopic> outOfScope)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? text)
        {
            if (text is null)
            {
                return;
            }
            foreach (System.Text.RegularExpressions.Match word in WordTokens.In(text))
            {
                words.Add(WordTokens.Key(word.Value));
            }
        }
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                var document = reader.Document(doc);
                Add(document.Get(IndexFields.Heading));
                if (document.Get(IndexFields.Type) == IndexFields.CardType)
                {
                    // A card is stored as JSON, its non-ASCII letters escaped: read its strings.
                    using var card = JsonDocument.Parse(document.Get(IndexFields.Payload));
                    AddStrings(card.RootElement);
                }
                else
                {
                    Add(document.Get(IndexFields.Payload));
                }
            }
        }
        void AddStrings(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    Add(element.GetString());
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        AddStrings(item);
                    }
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        AddStrings(property.Value);
                    }
                    break;
            }
        }
        Add(synonymRules);
        foreach (var topic in outOfScope)
        {
            foreach (var question in topic.Questions)
            {
                Add(question);
            }
        }
        return words;
    }

    private static AnswerCardCatalog ReadCards(IndexSearcher searcher)
    {
        var query = new TermQuery(new Term(IndexFields.Type, IndexFields.CardType));
        var top = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
        var cards = top.ScoreDocs
            .Select(d => JsonSerializer.Deserialize<AnswerCard>(searcher.Doc(d.Doc).Get(IndexFields.Payload), IndexBuilder.Json)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal);
        return new AnswerCardCatalog(cards);
    }

    private static List<Passage> ReadPaperPassages(IndexSearcher searcher)
    {
        var query = new TermQuery(new Term(IndexFields.Type, IndexFields.PassageType));
        var top = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs
            .Select(d => searcher.Doc(d.Doc))
            .Select(doc => (Id: doc.Get(IndexFields.Id), Heading: doc.Get(IndexFields.Heading), Text: doc.Get(IndexFields.Payload)))
            .Select(p => new Passage(p.Id, p.Heading, p.Text, Superscripts.MarkersIn(p.Text)))
            // Ids are paper-001, paper-002, … in reading order.
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Gives every searcher BM25, as the index was written with.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
