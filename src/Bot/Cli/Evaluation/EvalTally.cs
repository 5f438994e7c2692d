namespace KnowYourRights.Bot.Cli.Evaluation;

/// <summary>The counts of a run over one set or one language of it: passes, error kinds, reading grades.</summary>
public sealed class EvalTally
{
    private readonly List<double> _englishGrades = [];
    private readonly SortedDictionary<string, (int Passed, int Total)> _byKind = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public int Passed { get; private set; }

    public int InScope { get; private set; }

    public int OutOfScope => Total - InScope;

    public int AnsweredWrong { get; private set; }

    public int NotAnswered { get; private set; }

    public int OutOfScopeAnswered { get; private set; }

    public double PassRate => Total == 0 ? 0 : (double)Passed / Total;

    /// <summary>Passed and total per "kind/language" (answer/en, decline/es, …), in order.</summary>
    public IReadOnlyDictionary<string, (int Passed, int Total)> ByKind => _byKind;

    /// <summary>The reading grades of answered English items.</summary>
    public IReadOnlyList<double> EnglishGrades => _englishGrades;

    public void Add(EvalQuestion question, EvalVerdict verdict)
    {
        Total++;
        Passed += verdict.Passed ? 1 : 0;
        InScope += question.InScope ? 1 : 0;
        AnsweredWrong += verdict.Error == EvalError.AnsweredWrong ? 1 : 0;
        NotAnswered += verdict.Error == EvalError.NotAnswered ? 1 : 0;
        OutOfScopeAnswered += verdict.Error == EvalError.OutOfScopeAnswered ? 1 : 0;
        var kind = question.Kind + "/" + question.Language;
        var (passed, total) = _byKind.GetValueOrDefault(kind);
        _byKind[kind] = (passed + (verdict.Passed ? 1 : 0), total + 1);
        if (verdict.Grade is { } grade && question.Language == "en")
        {
            _englishGrades.Add(grade);
        }
    }
}
