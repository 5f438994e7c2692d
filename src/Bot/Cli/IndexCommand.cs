using System.CommandLine;
using System.Globalization;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Sources;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// <c>index build</c> (a new version from the seeds and the cached source text, made live),
/// <c>index refresh</c>, <c>index status</c> and <c>index rollback</c>; all take <c>--data DIR</c>.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(Option<string?> data, CliOutput output)
    {
        var build = new Command("build", "Build the index from the seeds and make it live; prints what it indexed.");
        build.SetAction(parse =>
        {
            try
            {
                using var host = CommandLineApp.BuildHost(parse.GetValue(data));
                var options = CommandLineApp.Options(host);
                var seeds = CommandLineApp.LoadSeeds(host);
                // The sources' cached text (from earlier refreshes) is kept: a rebuild must not drop it.
                var sourcePassages = SourceCorpus.FromCache(seeds.Manifest, new SourceCache(options.DataPath));
                var report = IndexBuilder.Build(seeds, new IndexStore(options.DataPath), host.Services.GetRequiredService<ITextEmbedder>(), sourcePassages: sourcePassages);
                output.Out.Write(Render(report, options.DataPath));
                return report.CardGrades.Any(c => c.Flagged) ? 3 : 0;
            }
            catch (Exception e) when (e is IndexBusyException or KnowledgeIndexException or FormatException or IOException or InvalidDataException)
            {
                output.Error.WriteLine("index build: " + e.Message + " The live index was not changed.");
                return 1;
            }
        });
        var index = new Command("index", "Manage the knowledge index.");
        index.Subcommands.Add(build);
        index.Subcommands.Add(IndexRefreshCommand.Create(data, output));
        index.Subcommands.Add(IndexStatusCommand.Create(data, output));
        index.Subcommands.Add(IndexRollbackCommand.Create(data, output));
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
        w.WriteLine($"  source passages: {report.SourcePassages}");
        w.WriteLine($"  synonym rules:   {report.SynonymRules}");
        if (report.CardGrades.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"  {"card",-28} {"grade",5} {"words",5}");
            foreach (var card in report.CardGrades)
            {
                // A card flagged for nothing its summaries break is flagged for its answer (whose grade may round to 6.0).
                var answerFlagged = card.Flagged && (card.SummaryProblems.Count == 0 || card.Grade > ReadingGrade.TargetGrade || card.Words > ReadingGrade.MaxCardWords);
                w.WriteLine($"  {card.CardId,-28} {card.Grade,5:0.0} {card.Words,5}{(answerFlagged ? "  <- over grade 6 or 90 words" : string.Empty)}");
                foreach (var problem in card.SummaryProblems)
                {
                    w.WriteLine($"  {string.Empty,-28} <- {problem}");
                }
            }
        }
        return w.ToString();
    }
}
