using System.Diagnostics;

namespace KnowYourRights.Bot.Tests.Cli;

/// <summary>Runs the real built app (<c>dotnet KnowYourRights.Bot.dll …</c>) as a separate process.</summary>
internal static class BotExecutable
{
    /// <summary>The app's own build output (it carries its seeds), found beside this test build.</summary>
    public static string DllPath { get; } = FindDll();

    /// <summary>The repository's root folder (the one holding the solution), found above this test build.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, string? input, params string[] args) =>
        RunAsync(workingDirectory, input, new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables (configuration such as <c>App__PublicBaseUrl</c>).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string workingDirectory, string? input, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary><c>dotnet KnowYourRights.Bot.dll ARGS</c> in <paramref name="workingDirectory"/>, every stream redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    private static string FindDll()
    {
        // tests/Bot.Tests/bin/<Configuration>/<tfm>/ → src/Bot/bin/<Configuration>/<tfm>/
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var dll = Path.Combine(FindRoot(), "src", "Bot", "bin", configuration, tfm, "KnowYourRights.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Bot first.", dll);
    }

    private static string FindRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KnowYourRights.Bot.sln")))
        {
            root = root.Parent;
        }
        return root?.FullName ?? throw new DirectoryNotFoundException("repository root");
    }
}
