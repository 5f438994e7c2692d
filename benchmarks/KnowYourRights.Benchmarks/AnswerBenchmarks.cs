using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Benchmarks;

/// <summary>
/// <see cref="AnswerService.Ask"/> on the lexical path (Lucene BM25 only) and the hybrid path
/// (plus the sentence model). The answer cache is off except in <see cref="RepeatedQuestion"/>:
/// every other call searches and composes anew. The hybrid path remembers recent question
/// vectors (<c>RecentQuestionVectors</c>), so only <see cref="NewQuestion"/> embeds on every call.
/// </summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private BenchmarkIndex? _index;
    private AnswerService _answers = null!;
    private AnswerService _cached = null!;
    private int _next;
    private int _new;

    [Params(Retrieval.Lexical, Retrieval.Hybrid)]
    public Retrieval Path { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchmarkIndex.Build();
        _answers = _index.Answers(semantic: Path == Retrieval.Hybrid);
        _cached = _index.Answers(semantic: Path == Retrieval.Hybrid, answerCache: true);
        // The model loads here on the hybrid path (once per process), not in the first measured call.
        _ = _answers.Ask(Questions.Fixed);
        _ = _cached.Ask(Questions.Fixed);
        _next = 0;
        _new = 0;
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

    /// <summary>Each call asks a message never asked before in this process (on the hybrid path: embedded anew).</summary>
    [Benchmark(Description = "a new question each call")]
    public Answer NewQuestion() => _answers.Ask(Questions.Distinct(_new++));

    /// <summary>The fixed question again, with the answer cache on (a menu button, a topic link).</summary>
    [Benchmark(Description = "repeated question, answer cache")]
    public Answer RepeatedQuestion() => _cached.Ask(Questions.Fixed);

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
