using BenchmarkDotNet.Running;
using KnowYourRights.Benchmarks;

// `--memory`: the process's memory, lexical path vs with the sentence model (see MemoryReport).
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*' --job Dry` or `--filter '*' --job short`.
if (args.Length > 0 && args[0] == MemoryReport.Command)
{
    MemoryReport.Run();
    return 0;
}
if (args.Length > 1 && args[0] == MemoryReport.MeasureCommand)
{
    MemoryReport.Measure(args[1]);
    return 0;
}

// In process (BenchmarkDotNet's --inProcess: the InProcessEmit toolchain): no generated project
// to restore and build per benchmark, which is slow on a 2-core machine. Passed as an argument,
// not as a job in a config, so that `--job Dry|short|…` still chooses the job.
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
var summaries = BenchmarkSwitcher.FromAssembly(typeof(AnswerBenchmarks).Assembly).Run(arguments);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

