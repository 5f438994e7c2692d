using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Benchmarks;

/// <summary>A question read into weighted concepts with the index's analyzer (synonyms, stemming, spelling), before any search.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private const string Misspelled = "wat hapens if the jale gets a imigrasion hold on my bruther";

    private BenchmarkIndex? _index;
    private KnowledgeSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchmarkIndex.Build();
        _snapshot = _index.Index.Current;
        _ = QuestionAnalysis.Analyze(Questions.Fixed, _snapshot);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _index = null;
    }

    // Returned as object: Concept is internal to Knowledge, and BenchmarkDotNet only needs the result kept alive.
    [Benchmark(Description = "QuestionAnalysis.Analyze, short question")]
    public object ShortQuestion() => QuestionAnalysis.Analyze(Questions.Fixed, _snapshot);

    [Benchmark(Description = "QuestionAnalysis.Analyze, worried story")]
    public object Story() => QuestionAnalysis.Analyze(Questions.Varied[0], _snapshot);

    [Benchmark(Description = "TypoCorrector + Analyze, misspelled")]
    public object Misspelling() =>
        QuestionAnalysis.Analyze(SnapshotAnalysis.Of(_snapshot).Typos.Correct(Misspelled), _snapshot);
}
