using System.Diagnostics;
using System.Reflection;

namespace KnowYourRights.Deployment.Tests;

/// <summary>The Bicep CLI restored by PackageDownload, and the repository's templates folder.</summary>
internal static class BicepCli
{
    public static string ExecutablePath { get; } = Metadata("BicepPath");

    public static string TemplatesPath { get; } = Metadata("TemplatesPath");

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = TemplatesPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Offline: no update checks, no telemetry, no registry look-ups.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
