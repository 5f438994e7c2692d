using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Benchmarks;

/// <summary>
/// <see cref="AnswerService.Ask"/> on the lexical path (Lucene BM25 only) and the hybrid path
/// (plus the sentence model: each question is embedded anew, there is no question cache).
/// </summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private BenchmarkIndex? _index;
    private AnswerService _answers = null!;
    private int _next;

    [Params(Retrieval.Lexical, Retrieval.Hybrid)]
    public Retrieval Path { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchmarkIndex.Build();
        _answers = _index.Answers(semantic: Path == Retrieval.Hybrid);
        // The model loads here on the hybrid path (once per process), not in the first measured call.
        _ = _answers.Ask(Questions.Fixed);
        _next = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _index = null;
    }

    [Benchmark(Description = "one fixed question")]
    public Answer FixedQuestion() => _answers.Ask(Questions.Fixed);

    /// <summary>Each call asks the next of 20 varied questions: stories, keywords, Spanish.</summary>
    [Benchmark(Description = "20 varied questions, rotating")]
    public Answer VariedQuestion()
    {
        var question = Questions.Varied[_next];
        _next = (_next + 1) % Questions.Varied.Length;
        return _answers.Ask(question);
    }

    [Benchmark(Description = "two-question message")]
    public Answer TwoQuestions() => _answers.Ask(Questions.TwoQuestions);

    [Benchmark(Description = "follow-up with previous card")]
    public Answer FollowUp() => _answers.Ask(Questions.FollowUp, Questions.PreviousCardId);
}

public enum Retrieval
{
    Lexical,
    Hybrid,
}
