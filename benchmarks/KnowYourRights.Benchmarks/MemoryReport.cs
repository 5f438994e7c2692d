using System.Diagnostics;

namespace KnowYourRights.Benchmarks;

/// <summary>
/// The process's resident memory with the index open on the lexical path, then after the sentence
/// model loads and answers one question. The index is built by this process (which loads the model
/// to embed the seeds) and measured in a fresh child process that has never loaded it.
/// </summary>
internal static class MemoryReport
{
    public const string Command = "--memory";
    public const string MeasureCommand = "--memory-measure";

    public static void Run()
    {
        var dataPath = BenchmarkIndex.CreateTempFolder();
        try
        {
            Console.WriteLine($"Building the index in {dataPath} …");
            BenchmarkIndex.BuildInto(dataPath);
            var start = ChildStart(dataPath);
            using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measuring process.");
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                throw new InvalidOperationException($"The measuring process exited with {child.ExitCode}.");
            }
        }
        finally
        {
            BenchmarkIndex.DeleteFolder(dataPath);
        }
    }

    public static void Measure(string dataPath)
    {
        Print("process started");
        using var index = BenchmarkIndex.Open(dataPath);
        var lexical = BenchmarkIndex.Answers(index, semantic: false);
        _ = lexical.Ask(Questions.Fixed);
        foreach (var question in Questions.Varied)
        {
            _ = lexical.Ask(question);
        }
        Print("index open, SemanticSearch=false, 21 questions answered");

        var hybrid = BenchmarkIndex.Answers(index, semantic: true);
        _ = hybrid.Ask(Questions.Fixed);
        Print("model loaded, SemanticSearch=true, 1 question answered");
        foreach (var question in Questions.Varied)
        {
            _ = hybrid.Ask(question);
        }
        Print("SemanticSearch=true, 20 more questions answered");
    }

    private static ProcessStartInfo ChildStart(string dataPath)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(MemoryReport).Assembly.Location);
        }
        start.ArgumentList.Add(MeasureCommand);
        start.ArgumentList.Add(dataPath);
        return start;
    }

    private static void Print(string step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var status = ReadStatus();
        Console.WriteLine(
            $"{step,-58} WorkingSet {Mb(Environment.WorkingSet),9}  VmRSS {Kb(status, "VmRSS"),9} (anon {Kb(status, "RssAnon"),9}, files {Kb(status, "RssFile"),8})  "
            + $"VmHWM (peak) {Kb(status, "VmHWM"),9}  managed heap {Mb(GC.GetTotalMemory(false)),8}");
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):0.0} MB";

    private static string Kb(Dictionary<string, string> status, string key) =>
        status.TryGetValue(key, out var value) && long.TryParse(value.Split(' ')[0], out var kb) ? Mb(kb * 1024) : "?";

    /// <summary>VmRSS (resident now; RssAnon + RssFile + RssShmem) and VmHWM (peak resident) from /proc/self/status, on Linux.</summary>
    private static Dictionary<string, string> ReadStatus()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        const string file = "/proc/self/status";
        if (!File.Exists(file))
        {
            return values;
        }
        foreach (var line in File.ReadLines(file))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon]] = line[(colon + 1)..].Trim();
            }
        }
        return values;
    }
}
