using System.CommandLine;
using System.Globalization;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Sources;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// <c>index build</c> (a new version from the seeds and the cached source text, made live),
/// <c>index refresh</c>, <c>index status</c> and <c>index rollback</c>; all take <c>--data DIR</c>;
/// <c>index vectors</c> (the seed texts' shipped vectors).
/// </summary>
internal static class IndexCommand
{
    public static Command Create(Option<string?> data, CliOutput output)
    {
        var seedsOption = new Option<string?>("--seeds") { Description = "The seeds folder (default: the one beside the app)." };
        var strict = new Option<bool>("--strict") { Description = "Build nothing when a card breaks a rule or is due for review (never reviewed, or its review ran out)." };
        var build = new Command("build", "Build the index from the seeds and make it live; prints what it indexed and which cards are due for review.");
        build.Options.Add(seedsOption);
        build.Options.Add(strict);
        build.SetAction(parse =>
        {
            try
            {
                using var host = CommandLineApp.BuildHost(parse.GetValue(data), parse.GetValue(seedsOption));
                var options = CommandLineApp.Options(host);
                var seeds = CommandLineApp.LoadSeeds(host);
                var due = CardReviewSchedule.Due(seeds.Cards.Cards, CommandLineApp.Today(host));
                if (parse.GetValue(strict) && StrictProblems(seeds, due) is { Count: > 0 } problems)
                {
                    output.Out.Write(string.Join(Environment.NewLine, problems) + Environment.NewLine);
                    output.Out.Write(RenderReviews(due));
                    output.Error.WriteLine($"index build --strict: {problems.Count} problem(s); nothing was built and the live index was not changed.");
                    return 3;
                }
                // The sources' cached text (from earlier refreshes) is kept: a rebuild must not drop it.
                var sourcePassages = SourceCorpus.FromCache(seeds.Manifest, new SourceCache(options.DataPath));
                var report = IndexBuilder.Build(seeds, new IndexStore(options.DataPath), host.Services.GetRequiredService<ITextEmbedder>(), sourcePassages: sourcePassages);
                output.Out.Write(Render(report, options.DataPath));
                output.Out.Write(RenderReviews(due));
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
        index.Subcommands.Add(IndexVectorsCommand.Create(output));
        return index;
    }

    /// <summary>What <c>--strict</c> refuses: every rule a card breaks, and every card text due for review.</summary>
    internal static IReadOnlyList<string> StrictProblems(KnowledgeSeeds seeds, IReadOnlyList<CardReviewDue> due) =>
        seeds.Cards.Cards
            .SelectMany(card => CardRules.Problems(card, seeds.Paper, seeds.Manifest).Select(p => $"  {card.Id}: {p}"))
            .Concat(due.Select(d => $"  {d.CardId}: {DueText(d)}"))
            .ToList();

    /// <summary>The cards due for review (never reviewed, or past their interval), one line each; a line saying none when none are.</summary>
    internal static string RenderReviews(IReadOnlyList<CardReviewDue> due)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine();
        if (due.Count == 0)
        {
            w.WriteLine("  review: every card is within its review interval.");
            return w.ToString();
        }
        w.WriteLine($"  review: {due.Count} card text(s) due (see docs/content-review.md):");
        foreach (var item in due)
        {
            w.WriteLine($"  {item.CardId,-28} {DueText(item)}");
        }
        return w.ToString();
    }

    private static string DueText(CardReviewDue due)
    {
        var text = due.Language == Language.Spanish ? "Spanish" : "English";
        return due.Reviewed is { } reviewed
            ? $"{text} due for review since {CardReview.FormatDate(due.DueOn!.Value)} (reviewed {CardReview.FormatDate(reviewed)})"
            : $"{text} never reviewed";
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
                var answerFlagged = card.Flagged && (card.Problems.Count == 0 || card.Grade > ReadingGrade.TargetGrade || card.Words > ReadingGrade.MaxCardWords);
                w.WriteLine($"  {card.CardId,-28} {card.Grade,5:0.0} {card.Words,5}{(answerFlagged ? "  <- over grade 6 or 90 words" : string.Empty)}");
                foreach (var problem in card.Problems)
                {
                    w.WriteLine($"  {string.Empty,-28} <- {problem}");
                }
            }
        }
        return w.ToString();
    }
}
