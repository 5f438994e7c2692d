using System.CommandLine;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Refresh;

namespace KnowYourRights.Bot.Cli;

/// <summary><c>index rollback [--to VERSION]</c>: makes the previous (or the named) kept version live again.</summary>
internal static class IndexRollbackCommand
{
    public static Command Create(Option<string?> data, CliOutput output)
    {
        var to = new Option<string?>("--to") { Description = "The version to return to (default: the one before the live one)." };
        var command = new Command("rollback", "Make the previous index version live again.") { to };
        command.SetAction(async (parse, cancel) =>
        {
            using var host = CommandLineApp.BuildHost(parse.GetValue(data));
            try
            {
                var (from, target) = await host.Services.GetRequiredService<IndexRefresher>().RollbackAsync(parse.GetValue(to), cancel);
                await output.Out.WriteLineAsync($"Rolled back from {from ?? "(none)"} to {target}. Running apps on this data folder switch to it on their own.");
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or IndexBusyException or KnowledgeIndexException or IOException or RefreshLockUnavailableException)
            {
                await output.Error.WriteLineAsync("index rollback: " + e.Message + " The live index was not changed.");
                return 1;
            }
        });
        return command;
    }
}
