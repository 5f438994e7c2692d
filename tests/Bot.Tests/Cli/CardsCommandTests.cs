using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Bot.Tests.Cli;

/// <summary><c>cards export</c> and <c>cards import</c> on a copy of the seeds: the diff first, the files only with --write.</summary>
public sealed class CardsCommandTests : IDisposable
{
    private readonly BotTestData _data = new();

    public CardsCommandTests() => _data.WriteSeeds(SourceManifest.Load(Path.Combine(BotTestData.AppSeeds, KnowledgeSeeds.ManifestFile)));

    public void Dispose() => _data.Dispose();

    private string Card(string id) => Path.Combine(_data.SeedsPath, KnowledgeSeeds.AnswersFolder, id + ".md");

    [Fact]
    public async Task Import_shows_the_diff_writes_nothing_without_write_and_writes_with_it()
    {
        var csv = Path.Combine(_data.Root, "pack.csv");
        var export = await Run("cards", "export", csv, "--seeds", _data.SeedsPath);
        Assert.Equal(0, export.Code);
        var text = await File.ReadAllTextAsync(csv);
        await File.WriteAllTextAsync(csv, text
            .Replace("project maintainers", "\"immigration attorney, Example Legal Aid\"", StringComparison.Ordinal)
            .Replace("Permite que la policía local o el sheriff participen directamente", "Deja que la policía local o el sheriff participen directamente", StringComparison.Ordinal));
        var before = await File.ReadAllTextAsync(Card("287g"));
        // Every card's reviewer changes: the count is the seeds' cards, however many there are.
        var cards = Directory.GetFiles(Path.Combine(_data.SeedsPath, KnowledgeSeeds.AnswersFolder), "*.md").Length;

        var (code, output, error) = await Run("cards", "import", csv, "--seeds", _data.SeedsPath);

        Assert.True(code == 0, output + error);
        Assert.Contains("287g (287g.md)", output, StringComparison.Ordinal);
        Assert.Contains("  answerEs:", output, StringComparison.Ordinal);
        Assert.Contains("  - Un acuerdo 287(g) es un trato con ICE (los agentes de inmigración). Permite que", output, StringComparison.Ordinal);
        Assert.Contains("  + Un acuerdo 287(g) es un trato con ICE (los agentes de inmigración). Deja que", output, StringComparison.Ordinal);
        Assert.Contains("  - project maintainers", output, StringComparison.Ordinal);
        Assert.Contains("  + immigration attorney, Example Legal Aid", output, StringComparison.Ordinal);
        Assert.Contains($"{cards} card(s) would change", output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(Card("287g")));

        var written = await Run("cards", "import", csv, "--seeds", _data.SeedsPath, "--write");

        Assert.Equal(0, written.Code);
        Assert.Contains($"Wrote {cards} card file(s)", written.Output, StringComparison.Ordinal);
        var card = AnswerCardParser.Parse(await File.ReadAllTextAsync(Card("287g")), "287g.md");
        Assert.Equal("immigration attorney, Example Legal Aid", card.Review.ReviewedBy);
        Assert.StartsWith("Un acuerdo 287(g) es un trato con ICE (los agentes de inmigración). Deja que", card.AnswerEs, StringComparison.Ordinal);
        Assert.Contains("No card changes", (await Run("cards", "import", csv, "--seeds", _data.SeedsPath)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_that_breaks_a_rule_writes_nothing_and_says_why()
    {
        var csv = Path.Combine(_data.Root, "pack.csv");
        Assert.Equal(0, (await Run("cards", "export", csv, "--seeds", _data.SeedsPath)).Code);
        var text = await File.ReadAllTextAsync(csv);
        // A Spanish sentence of 26 words.
        await File.WriteAllTextAsync(csv, text
            .Replace("Permite que la policía local o el sheriff participen", "Permite que la policía local o el sheriff de cualquier condado o ciudad del país participen", StringComparison.Ordinal));
        var before = Directory.GetFiles(Path.Combine(_data.SeedsPath, KnowledgeSeeds.AnswersFolder)).Select(File.ReadAllText).ToList();

        var (code, _, error) = await Run("cards", "import", csv, "--seeds", _data.SeedsPath, "--write");

        Assert.Equal(CardsCommand.Invalid, code);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        Assert.Contains("287g: answerEs: a sentence of", error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(_data.SeedsPath, KnowledgeSeeds.AnswersFolder)).Select(File.ReadAllText).ToList());
    }

    [Fact]
    public async Task A_file_that_is_not_a_review_sheet_is_a_clear_error()
    {
        var csv = Path.Combine(_data.Root, "other.csv");
        await File.WriteAllTextAsync(csv, "name,phone\nA,B\n");

        var (code, _, error) = await Run("cards", "import", csv, "--seeds", _data.SeedsPath);

        Assert.Equal(CardsCommand.Unreadable, code);
        Assert.Contains("lacks the column(s) id", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
