using System.CommandLine;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// <c>index refresh [--sources FILE] [--offline] [--strict] [--validation FILE]</c>: fetches the
/// cited sources, builds and validates a new index version, and makes it live. Exit codes:
/// 0 the new version is live; 1 it is not (validation, --strict or the build failed; the live
/// index is unchanged); 2 the inputs could not be read; 3 another build or refresh is running
/// (on this data folder or, with Redis configured, on another instance); 4 Redis, which keeps
/// refreshes to one instance at a time, is configured but unreachable.
/// </summary>
internal static class IndexRefreshCommand
{
    public const int NotLive = 1;
    public const int BadInput = 2;
    public const int Busy = 3;
    public const int LockUnavailable = 4;

    public static Command Create(Option<string?> data, CliOutput output)
    {
        var sources = new Option<string?>("--sources") { Description = "A sources manifest (sources.json format) to use instead of the seeds' one." };
        var offline = new Option<bool>("--offline") { Description = "Do not download: rebuild from the cached text of each source." };
        var strict = new Option<bool>("--strict") { Description = "Do not go live if any source failed." };
        var validation = new Option<string?>("--validation") { Description = "Validation questions (JSON lines) instead of the seeds' validation.jsonl." };
        var command = new Command("refresh", "Fetch the cited sources, rebuild and validate the index, and make it live.") { sources, offline, strict, validation };
        command.SetAction(async (parse, cancel) =>
        {
            var request = new RefreshRequest(
                FullPath(parse.GetValue(sources)), parse.GetValue(offline), parse.GetValue(strict), FullPath(parse.GetValue(validation)));
            try
            {
                using var host = CommandLineApp.BuildHost(parse.GetValue(data));
                var refresher = host.Services.GetRequiredService<IndexRefresher>();
                var console = output.Ansi();
                var report = await RunWithProgressAsync(console, refresher, request, cancel);
                RefreshReportView.Write(console, report);
                return report.Live ? 0 : NotLive;
            }
            catch (IndexBusyException e)
            {
                await output.Error.WriteLineAsync("index refresh: " + e.Message + " The live index was not changed.");
                return Busy;
            }
            catch (RefreshLockUnavailableException e)
            {
                await output.Error.WriteLineAsync("index refresh: " + e.Message);
                return LockUnavailable;
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or OptionsValidationException)
            {
                await output.Error.WriteLineAsync("index refresh: " + e.Message + " The live index was not changed.");
                return BadInput;
            }
        });
        return command;
    }

    private static string? FullPath(string? path) => path is null ? null : Path.GetFullPath(path);

    /// <summary>
    /// On a terminal: one live bar for the downloads and one per later phase. Redirected (logs,
    /// CI): one plain line per event instead, since a live display cannot redraw there.
    /// </summary>
    private static Task<RefreshReport> RunWithProgressAsync(IAnsiConsole console, IndexRefresher refresher, RefreshRequest request, CancellationToken cancel) =>
        console.Profile.Capabilities.Interactive
            ? RunWithLiveProgressAsync(console, refresher, request, cancel)
            : refresher.RefreshAsync(request, new SyncProgress(LineProgress(console)), cancel);

    private static Action<RefreshProgress> LineProgress(IAnsiConsole console)
    {
        var gate = new Lock();
        var done = 0;
        return e =>
        {
            lock (gate)
            {
                if (e.Source is null)
                {
                    console.WriteLine(e.Phase + "…");
                }
                else if (e.Source.Result is { } result)
                {
                    console.WriteLine($"  [{++done}/{e.Source.Total}] {result.SourceId}: {result.Status}{(result.Reason is null ? string.Empty : " (" + result.Reason + ")")}");
                }
            }
        };
    }

    /// <summary>Updated as events arrive, from several download threads at once.</summary>
    private static Task<RefreshReport> RunWithLiveProgressAsync(IAnsiConsole console, IndexRefresher refresher, RefreshRequest request, CancellationToken cancel) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var gate = new Lock();
                ProgressTask? fetching = null;
                ProgressTask? phase = null;
                var progress = new SyncProgress(e =>
                {
                    lock (gate)
                    {
                        if (e.Source is { } source)
                        {
                            fetching ??= context.AddTask(RefreshPhase.Fetching, maxValue: source.Total);
                            if (source.Result is { } result)
                            {
                                fetching.Increment(1);
                                fetching.Description = $"{RefreshPhase.Fetching}: {Markup.Escape(result.SourceId)} {result.Status}";
                            }
                            return;
                        }
                        if (e.Phase == RefreshPhase.Fetching)
                        {
                            return;
                        }
                        if (fetching is not null)
                        {
                            fetching.Description = RefreshPhase.Fetching;
                            fetching.Value = fetching.MaxValue;
                        }
                        phase?.Value = phase.MaxValue;
                        phase = context.AddTask(e.Phase, maxValue: 1);
                    }
                });
                var report = await refresher.RefreshAsync(request, progress, cancel);
                lock (gate)
                {
                    if (report.Live)
                    {
                        phase?.Value = 1;
                    }
                    else
                    {
                        phase?.StopTask();
                    }
                }
                return report;
            });

    private sealed class SyncProgress(Action<RefreshProgress> report) : IProgress<RefreshProgress>
    {
        public void Report(RefreshProgress value) => report(value);
    }
}
