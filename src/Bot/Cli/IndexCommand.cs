using System.CommandLine;
using System.Globalization;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Bot.Cli;

/// <summary><c>index build [--data DIR]</c>: builds a new index version from the seeds and makes it live.</summary>
internal static class IndexCommand
{
    public static Command Create(Option<string?> data)
    {
        var build = new Command("build", "Build the index from the seeds and make it live; prints what it indexed.");
        build.SetAction(parse =>
        {
            try
            {
                using var host = CommandLineApp.BuildHost(parse.GetValue(data));
                var options = CommandLineApp.Options(host);
                var report = IndexBuilder.Build(CommandLineApp.LoadSeeds(host), new IndexStore(options.DataPath));
                Console.Out.Write(Render(report, options.DataPath));
                return report.CardGrades.Any(c => c.Flagged) ? 3 : 0;
            }
            catch (Exception e) when (e is IndexBusyException or KnowledgeIndexException or FormatException or IOException or InvalidDataException)
            {
                Console.Error.WriteLine("index build: " + e.Message + " The live index was not changed.");
                return 1;
            }
        });
        var index = new Command("index", "Manage the knowledge index.");
        index.Subcommands.Add(build);
        return index;
    }

    internal static string Render(IndexBuildReport report, string dataPath)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"Built index {report.Version} in {Path.GetFullPath(dataPath)} (now live).");
        w.WriteLine($"  paper passages:  {report.Passages}");
        w.WriteLine($"  footnotes:       {report.Footnotes}");
        w.WriteLine($"  sources:         {report.Sources}");
        w.WriteLine($"  answer cards:    {report.Cards}");
        w.WriteLine($"  synonym rules:   {report.SynonymRules}");
        if (report.CardGrades.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"  {"card",-28} {"grade",5} {"words",5}");
            foreach (var card in report.CardGrades)
            {
                w.WriteLine($"  {card.CardId,-28} {card.Grade,5:0.0} {card.Words,5}{(card.Flagged ? "  <- over grade 6 or 90 words" : string.Empty)}");
            }
        }
        return w.ToString();
    }
}
