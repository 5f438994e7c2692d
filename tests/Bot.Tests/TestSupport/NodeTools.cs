using System.Diagnostics;
using System.Security.Cryptography;
using KnowYourRights.Bot.Tests.Cli;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// The npm tools of <c>eng/fuzz</c> (Spectral, Portman, Newman), installed from its committed
/// package-lock.json with <c>npm ci</c> once, and again only when the lock file changes.
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Folder { get; } = Path.Combine(BotExecutable.RepositoryRoot, "eng", "fuzz");

    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var lockHash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Folder, "package-lock.json"))));
            var marker = Path.Combine(Folder, "node_modules", ".installed-from-lock");
            if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == lockHash)
            {
                return;
            }
            var (code, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], TimeSpan.FromMinutes(5));
            Assert.True(code == 0, "npm ci failed:\n" + output);
            await File.WriteAllTextAsync(marker, lockHash);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs one of the installed tools (<c>node_modules/.bin/NAME</c>) in <see cref="Folder"/>.</summary>
    public static Task<(int Code, string Output)> RunToolAsync(string tool, IEnumerable<string> args, TimeSpan timeout) =>
        RunAsync(Path.Combine(Folder, "node_modules", ".bin", tool), args, timeout);

    private static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} ran longer than {timeout}.");
        }
        return (process.ExitCode, await output + await error);
    }
}
