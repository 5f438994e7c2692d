using System.CommandLine;
using System.Globalization;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Refresh;
using Spectre.Console;

namespace KnowYourRights.Bot.Cli;

/// <summary><c>index status</c>: the live version, what it holds, the kept versions and the live version's sources.</summary>
internal static class IndexStatusCommand
{
    public static Command Create(Option<string?> data, CliOutput output)
    {
        var command = new Command("status", "Show the live index version, the kept versions and the sources of the live one.");
        command.SetAction(parse =>
        {
            using var host = CommandLineApp.BuildHost(parse.GetValue(data));
            var store = new IndexStore(CommandLineApp.Options(host).DataPath);
            var console = output.Ansi();
            var current = store.CurrentVersion();
            if (current is null)
            {
                output.Error.WriteLine($"index status: no index in {store.IndexesPath}. Build one with 'index build' or 'index refresh'.");
                return 1;
            }
            var build = store.ReadBuild(current);
            console.MarkupLine(Markup.Escape($"Live index: {current}" + (build is null ? string.Empty : $", built {build.BuiltAt.ToString("u", CultureInfo.InvariantCulture)}")));
            console.MarkupLine(Markup.Escape($"Data folder: {store.DataPath}"));
            var versions = new Table().AddColumns("Version", "Built at", "Documents", "");
            foreach (var version in store.Versions().Reverse())
            {
                var info = store.ReadBuild(version);
                versions.AddRow(
                    Markup.Escape(version),
                    info?.BuiltAt.ToString("u", CultureInfo.InvariantCulture) ?? "(incomplete)",
                    info is null ? string.Empty : (info.Passages + info.Cards + info.SourcePassages).ToString(CultureInfo.InvariantCulture),
                    version == current ? "[green]live[/]" : version == store.PreviousVersion() ? "rollback target" : string.Empty);
            }
            console.Write(versions);
            if (IndexRefresher.ReadReport(store, current) is { } report)
            {
                console.MarkupLine(Markup.Escape($"Refreshed {report.FinishedAt.ToString("u", CultureInfo.InvariantCulture)}{(report.Offline ? " (offline)" : string.Empty)}:"));
                RefreshReportView.Write(console, report, verdict: false);
            }
            else
            {
                console.MarkupLine("Built from the seeds alone ('index build'); no source report.");
            }
            return 0;
        });
        return command;
    }
}
