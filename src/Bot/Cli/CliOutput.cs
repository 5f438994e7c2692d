using Spectre.Console;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// Where a command writes: the process's console, or writers a test supplies (the commands run
/// in-process there, and tests run in parallel, so nothing may touch the global Console).
/// </summary>
internal sealed class CliOutput(TextWriter output, TextWriter error)
{
    public static CliOutput Console => new(System.Console.Out, System.Console.Error);

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>A Spectre console over <see cref="Out"/>: live progress on a terminal, plain lines when redirected.</summary>
    public IAnsiConsole Ansi()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected (a log file, CI, a test): wide enough that URLs and reasons are not wrapped.
            console.Profile.Width = 160;
        }
        return console;
    }
}
