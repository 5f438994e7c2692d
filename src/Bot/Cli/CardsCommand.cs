using System.CommandLine;
using System.Globalization;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// <c>cards export [FILE]</c> writes the review pack as CSV; <c>cards import FILE [--write]</c> reads a
/// reviewed one, checks every changed card with the rules of <c>index build</c>, prints the diff, and
/// writes the card files only with <c>--write</c> and only when every changed card passes. Both take
/// <c>--seeds DIR</c>: by default <c>./seeds</c> when run from the repository, else the seeds beside the app.
/// </summary>
internal static class CardsCommand
{
    /// <summary>Nothing was written: a changed card breaks a rule, or names no card.</summary>
    public const int Invalid = 1;

    /// <summary>The file could not be read as a review sheet.</summary>
    public const int Unreadable = 2;

    public static Command Create(Option<string?> data, CliOutput output)
    {
        var seeds = new Option<string?>("--seeds") { Description = "The seeds folder whose answers/*.md are read and written (default: ./seeds when it exists, else the seeds beside the app)." };
        var file = new Argument<string>("file") { Description = "The reviewed CSV (as exported by /admin/review.csv or cards export)." };
        var write = new Option<bool>("--write") { Description = "Write the changed card files (without it, only the diff is shown)." };
        var import = new Command("import", "Import a reviewed review-pack CSV: check it with the index build rules, show the diff, write with --write.");
        import.Arguments.Add(file);
        import.Options.Add(seeds);
        import.Options.Add(write);
        import.SetAction(parse => Import(parse.GetValue(file)!, SeedsFolder(parse.GetValue(seeds), parse.GetValue(data)), parse.GetValue(write), output));

        var target = new Argument<string?>("file") { Description = "Where to write the CSV (default: standard output).", Arity = ArgumentArity.ZeroOrOne };
        var export = new Command("export", "Write the review pack (every card: text EN/ES, summaries, evidence, citations, review dates) as CSV.");
        export.Arguments.Add(target);
        export.Options.Add(seeds);
        export.SetAction(parse => Export(parse.GetValue(target), SeedsFolder(parse.GetValue(seeds), parse.GetValue(data)), output));

        var cards = new Command("cards", "Review the answer cards: export the review pack, import a reviewed one.");
        cards.Subcommands.Add(export);
        cards.Subcommands.Add(import);
        return cards;
    }

    internal static int Import(string file, string seedsFolder, bool write, CliOutput output)
    {
        IReadOnlyList<CardReviewRow> rows;
        CardImportPlan plan;
        try
        {
            using (var reader = new StreamReader(file))
            {
                rows = CardReviewSheet.Read(reader);
            }
            plan = CardReviewImport.Plan(seedsFolder, rows);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or CsvHelper.CsvHelperException)
        {
            output.Error.WriteLine($"cards import: {file}: {e.Message} Nothing was written.");
            return Unreadable;
        }
        output.Out.Write(RenderDiff(plan));
        if (!plan.CanWrite)
        {
            output.Error.WriteLine($"cards import: {plan.Problems.Count} problem(s); nothing was written:");
            foreach (var problem in plan.Problems)
            {
                output.Error.WriteLine("  " + problem);
            }
            return Invalid;
        }
        if (plan.Changes.Count == 0)
        {
            output.Out.WriteLine($"No card changes ({rows.Count} row(s) read).");
            return 0;
        }
        if (!write)
        {
            output.Out.WriteLine($"{plan.Changes.Count} card(s) would change; every change passes the index build rules. Run again with --write to write them.");
            return 0;
        }
        foreach (var change in plan.Changes)
        {
            File.WriteAllText(change.Path, change.Markdown);
        }
        output.Out.WriteLine($"Wrote {plan.Changes.Count} card file(s). Run `index build` to make them live.");
        return 0;
    }

    private static int Export(string? target, string seedsFolder, CliOutput output)
    {
        try
        {
            var seeds = KnowledgeSeeds.Load(seedsFolder);
            using var writer = target is null ? null : new StreamWriter(target, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            CardReviewSheet.Write(writer ?? output.Out, seeds.Cards.Cards, seeds.Paper.Passages, seeds.Paper.Footnotes, seeds.Manifest);
            if (target is not null)
            {
                output.Out.WriteLine($"Wrote the review pack of {seeds.Cards.Cards.Count} cards to {target}.");
            }
            return 0;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine("cards export: " + e.Message);
            return Unreadable;
        }
    }

    /// <summary>Each changed field of each card: its old lines (-) and new lines (+), the lines both share left out.</summary>
    internal static string RenderDiff(CardImportPlan plan)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var change in plan.Changes)
        {
            w.WriteLine($"{change.CardId} ({Path.GetFileName(change.Path)})");
            foreach (var field in change.Fields)
            {
                w.WriteLine($"  {field.Field}:");
                var old = Lines(field.Old);
                var @new = Lines(field.New);
                foreach (var line in old.Where(l => !@new.Contains(l)))
                {
                    w.WriteLine("  - " + line);
                }
                foreach (var line in @new.Where(l => !old.Contains(l)))
                {
                    w.WriteLine("  + " + line);
                }
            }
        }
        return w.ToString();

        static List<string> Lines(string text) => text.Length == 0 ? ["(empty)"] : text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
    }

    /// <summary>--seeds, else the repository's seeds when run from its root, else those beside the app (--data's host reads that).</summary>
    private static string SeedsFolder(string? seeds, string? data)
    {
        if (seeds is not null)
        {
            return Path.GetFullPath(seeds);
        }
        if (Directory.Exists(Path.Combine("seeds", KnowledgeSeeds.AnswersFolder)))
        {
            return Path.GetFullPath("seeds");
        }
        using var host = CommandLineApp.BuildHost(data);
        return CommandLineApp.Options(host).SeedsPath;
    }
}
