using System.Runtime.CompilerServices;
using KnowYourRights.Knowledge.Indexing;
using Lucene.Net.Search;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// What question analysis derives from one index snapshot: the analyzed generic words, the
/// cards' topic terms and each card's ways of asking as concepts. Made once per snapshot, on
/// first use, and kept exactly as long as the snapshot itself.
/// </summary>
/// <remarks>
/// It lives here, not on <see cref="KnowledgeSnapshot"/>, because it is search's reading of the
/// index: a snapshot only opens an index and knows nothing of questions. A
/// <see cref="ConditionalWeakTable{TKey, TValue}"/> ties it to the snapshot without the snapshot
/// holding it, and it is thread-safe: two first questions at once still share one analysis.
/// </remarks>
internal sealed class SnapshotAnalysis
{
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, SnapshotAnalysis> Analyses = new();

    private readonly Lazy<TypoCorrector> _typos;

    private SnapshotAnalysis(KnowledgeSnapshot snapshot)
    {
        _typos = new Lazy<TypoCorrector>(() => TypoCorrector.For(snapshot));
        using (var context = snapshot.Searchers.GetContext())
        {
            Documents = new IndexedDocuments(context.Reference.IndexReader.MaxDoc);
        }
        TermContexts = new TermContexts(snapshot.Vocabulary);
        GenericTerms = QuestionAnalysis.Terms(snapshot, string.Join(' ', GenericWords.Surface));
        TopicTerms = QuestionAnalysis.Terms(snapshot, string.Join(" . ", snapshot.Cards.Cards.Select(c => c.Topic))).Except(GenericTerms).ToHashSet(StringComparer.Ordinal);
        // The generic terms are passed in: this analysis is not in the table yet.
        CardQuestions = snapshot.Cards.Cards.ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<AnalyzedQuestion>)c.WaysOfAsking.Select(q => new AnalyzedQuestion(QuestionAnalysis.Analyze(q, snapshot, GenericTerms))).ToList(),
            StringComparer.OrdinalIgnoreCase);
        OutOfScopeQuestions = snapshot.OutOfScope.ToDictionary(
            t => IndexVectors.OutOfScopePrefix + t.Id,
            t => (IReadOnlyList<AnalyzedQuestion>)t.Questions.Select(q => new AnalyzedQuestion(QuestionAnalysis.Analyze(q, snapshot, GenericTerms))).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Puts misspelled words back to the cards' words before a question is embedded.</summary>
    public TypoCorrector Typos => _typos.Value;

    /// <summary>Analyzed forms of <see cref="GenericWords"/>: everyday words whose weight is capped.</summary>
    public IReadOnlySet<string> GenericTerms { get; }

    /// <summary>
    /// Analyzed words of the cards' topics ("detainers", "courthouses", "fingerprints"…): a
    /// question that names one of them is about this bot's subject even if it also uses words
    /// the index has never seen ("traffic court", "born here").
    /// </summary>
    public IReadOnlySet<string> TopicTerms { get; }

    /// <summary>Each out-of-scope subject's ways of asking (by its vector owner id), analyzed into concepts once per version.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AnalyzedQuestion>> OutOfScopeQuestions { get; }

    /// <summary>The version's documents as search reads them, each read from the index once.</summary>
    public IndexedDocuments Documents { get; }

    /// <summary>The searched terms' places in the version's index, each looked up once.</summary>
    public TermContexts TermContexts { get; }

    /// <summary>Each card's ways of asking, analyzed into concepts once per version.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AnalyzedQuestion>> CardQuestions { get; }

    /// <summary>The analysis of <paramref name="snapshot"/>, made on first use.</summary>
    public static SnapshotAnalysis Of(KnowledgeSnapshot snapshot) => Analyses.GetValue(snapshot, s => new SnapshotAnalysis(s));
}
