using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>The review pack as CSV: every card out, a reviewed sheet back in through the rules of index build.</summary>
public sealed class CardReviewSheetTests : IDisposable
{
    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "kyr-review-" + Guid.NewGuid().ToString("N"));

    public CardReviewSheetTests()
    {
        foreach (var file in Directory.GetFiles(SeedFiles.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_seeds, Path.GetRelativePath(SeedFiles.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    [Fact]
    public void The_export_holds_every_card_with_its_evidence_anchors_and_reads_back_unchanged()
    {
        var csv = Export();

        var rows = CardReviewSheet.Read(new StringReader(csv));

        Assert.Equal(SeedFiles.Seeds.Cards.Cards.Count, rows.Count);
        Assert.Contains("paper-", csv, StringComparison.Ordinal);
        Assert.Contains("[2] ice-287g-delegation: Delegation of Immigration Authority", csv, StringComparison.Ordinal);
        Assert.Empty(CardReviewImport.Plan(_seeds, rows).Changes);
    }

    [Fact]
    public void A_reviewed_sheet_changes_only_the_fields_it_changes_and_the_card_files_lines_it_must()
    {
        var before = Directory.GetFiles(Path.Combine(_seeds, "answers")).ToDictionary(p => p, File.ReadAllText);
        var csv = Edit(Export(), "287g", new()
        {
            [CardReviewFields.ReviewedBy] = "immigration attorney, Example Legal Aid",
            [CardReviewFields.ReviewedEs] = "2026-12-08",
            [CardReviewFields.AnswerEs] = SeedCard("287g").AnswerEs!.Replace("Dos tipos son", "Hay dos tipos:", StringComparison.Ordinal),
        });

        var plan = CardReviewImport.Plan(_seeds, CardReviewSheet.Read(new StringReader(csv)));

        Assert.True(plan.CanWrite, string.Join("\n", plan.Problems));
        var change = Assert.Single(plan.Changes);
        Assert.Equal([CardReviewFields.AnswerEs, CardReviewFields.ReviewedBy, CardReviewFields.ReviewedEs], change.Fields.Select(f => f.Field).Order(StringComparer.Ordinal));
        File.WriteAllText(change.Path, change.Markdown);

        var card = AnswerCardParser.Parse(File.ReadAllText(change.Path), "287g.md");
        Assert.Equal("immigration attorney, Example Legal Aid", card.Review.ReviewedBy);
        Assert.Equal(new DateOnly(2026, 12, 8), card.Review.ReviewedEs);
        Assert.Contains("Hay dos tipos:", card.AnswerEs, StringComparison.Ordinal);
        var old = SeedCard("287g");
        Assert.Equal(old.Answer, card.Answer);
        Assert.Equal(old.Questions, card.Questions);
        Assert.Equal(old.Citations, card.Citations);
        Assert.Equal(old.Evidence, card.Evidence);
        // Only the reviewed fields' lines and the Spanish paragraph differ; every other card file is untouched.
        var changedLines = File.ReadAllLines(change.Path).Except(before[change.Path].Split('\n')).ToList();
        Assert.Equal(3, changedLines.Count);
        Assert.All(before.Where(f => f.Key != change.Path), f => Assert.Equal(f.Value, File.ReadAllText(f.Key)));
    }

    [Theory]
    [InlineData(CardReviewFields.AnswerEs, "Un acuerdo 287(g) es un trato con ICE que permite que la policía local o el sheriff de un condado participen directamente en el control federal de inmigración. [1] [2] [3]", "sentence of")]
    [InlineData(CardReviewFields.Reviewed, "7/12/2026", "not a date")]
    [InlineData(CardReviewFields.ReviewEvery, "often", "not an interval")]
    [InlineData(CardReviewFields.Answer, "A 287(g) deal. [1] [2] [4]", "[4] is not one of the card's 3 citations")]
    public void A_change_that_breaks_an_index_build_rule_is_refused_with_the_reason(string field, string value, string reason)
    {
        var csv = Edit(Export(), "287g", new() { [field] = value });

        var plan = CardReviewImport.Plan(_seeds, CardReviewSheet.Read(new StringReader(csv)));

        Assert.False(plan.CanWrite);
        Assert.Contains(plan.Problems, p => p.StartsWith("287g: ", StringComparison.Ordinal) && p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_card_or_a_missing_column_is_a_clear_error()
    {
        var plan = CardReviewImport.Plan(_seeds, CardReviewSheet.Read(new StringReader(Export().Replace("\r\n287g,", "\r\nno-such-card,", StringComparison.Ordinal))));
        Assert.Contains(plan.Problems, p => p.Contains("no card 'no-such-card'", StringComparison.Ordinal));

        var error = Assert.Throws<FormatException>(() => CardReviewSheet.Read(new StringReader("id,question\r\n287g,What?\r\n")));
        Assert.Contains("answerEs", error.Message, StringComparison.Ordinal);
    }

    private string Export()
    {
        var seeds = KnowledgeSeeds.Load(_seeds);
        var writer = new StringWriter();
        CardReviewSheet.Write(writer, seeds.Cards.Cards, seeds.Paper.Passages, seeds.Paper.Footnotes, seeds.Manifest);
        return writer.ToString();
    }

    /// <summary>The sheet with one card's fields changed, as a reviewer's spreadsheet would save it.</summary>
    private static string Edit(string csv, string id, Dictionary<string, string> changes)
    {
        var rows = CardReviewSheet.Read(new StringReader(csv));
        var writer = new StringWriter();
        using (var out_ = new CsvHelper.CsvWriter(writer, System.Globalization.CultureInfo.InvariantCulture))
        {
            foreach (var column in CardReviewFields.Editable.Prepend(CardReviewSheet.Id))
            {
                out_.WriteField(column);
            }
            out_.NextRecord();
            foreach (var row in rows)
            {
                out_.WriteField(row.Id);
                foreach (var field in CardReviewFields.Editable)
                {
                    out_.WriteField(row.Id == id && changes.TryGetValue(field, out var value) ? value : row.Values[field]);
                }
                out_.NextRecord();
            }
        }
        return writer.ToString();
    }

    private static AnswerCard SeedCard(string id) => SeedFiles.Seeds.Cards.TryGet(id, out var card) ? card : throw new KeyNotFoundException(id);
}
