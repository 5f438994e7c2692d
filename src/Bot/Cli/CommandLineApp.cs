using KnowYourRights.Bot.Hosting;
using System.CommandLine;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// The command line (System.CommandLine): <c>ask</c>, <c>eval</c>, <c>index build|refresh|status|rollback</c>, and <c>serve</c>.
/// Every verb takes <c>--data DIR</c>, so tools and tests can work on a scratch data folder.
/// </summary>
public static class CommandLineApp
{
    private static readonly string[] Verbs = ["ask", "eval", "index", "--help", "-h", "-?", "--version"];

    /// <summary>True when the arguments name a command-line verb rather than the web server.</summary>
    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    /// <summary>Host arguments for the web server: drops <c>serve</c> and turns <c>--data DIR</c> into configuration.</summary>
    public static string[] WebArguments(string[] args)
    {
        var result = new List<string>();
        for (var i = args.Length > 0 && args[0] == "serve" ? 1 : 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length)
            {
                result.Add($"--{IndexOptions.Section}:{nameof(IndexOptions.DataPath)}={args[++i]}");
            }
            else if (args[i].StartsWith("--data=", StringComparison.Ordinal))
            {
                result.Add($"--{IndexOptions.Section}:{nameof(IndexOptions.DataPath)}={args[i]["--data=".Length..]}");
            }
            else
            {
                result.Add(args[i]);
            }
        }
        return [.. result];
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliOutput.Console);

    /// <summary>Runs a verb writing to the given writers (tests run commands in-process, in parallel).</summary>
    internal static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, new CliOutput(output, error));

    private static Task<int> RunAsync(string[] args, CliOutput output)
    {
        var data = new Option<string?>("--data") { Description = "The data folder holding the index (default: data beside the app).", Recursive = true };
        var root = new RootCommand("KnowYourRights.Bot: know-your-rights answers about ICE and local police, with citations.");
        root.Options.Add(data);
        root.Subcommands.Add(AskCommand.Create(data));
        root.Subcommands.Add(EvalCommand.Create(data, output));
        root.Subcommands.Add(IndexCommand.Create(data, output));
        root.Subcommands.Add(new Command("serve", "Run the web server (the default with no verb)."));
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output.Out, Error = output.Error });
    }

    /// <summary>Builds the knowledge services from configuration, as the web app does, with --data applied.</summary>
    internal static IHost BuildHost(string? dataPath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = dataPath is null ? [] : [$"--{IndexOptions.Section}:{nameof(IndexOptions.DataPath)}={Path.GetFullPath(dataPath)}"],
        });
        // Standard output carries answers (JSON lines); logs would corrupt it.
        builder.Logging.ClearProviders();
        builder.AddKnowledge(PublicLinks.PaperPageUrlOf);
        // index refresh and rollback keep to one writer across instances, as the admin API does.
        builder.AddRedis();
        builder.AddRefreshLock();
        // ask --json links the paper's citations to its page, absolute when App:PublicBaseUrl is set.
        builder.AddPublicLinks();
        return builder.Build();
    }

    internal static IndexOptions Options(IHost host) => host.Services.GetRequiredService<IOptions<IndexOptions>>().Value;

    internal static KnowledgeSeeds LoadSeeds(IHost host) => KnowledgeSeeds.Load(Options(host).SeedsPath);

    internal static AnswerService Answers(IHost host) => host.Services.GetRequiredService<AnswerService>();
}
