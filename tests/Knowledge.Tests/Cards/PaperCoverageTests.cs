using System.Text.Json;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>
/// The whole paper has plain answers: every paragraph, list item and footnote is the evidence of
/// at least one card, or is listed in <c>seeds/not-answered.jsonl</c> with the reason it has none.
/// </summary>
public sealed class PaperCoverageTests
{
    private static KnowledgeSeeds Seeds => SeedFiles.Seeds;

    [Fact]
    public void Every_paragraph_and_list_item_is_a_cards_evidence_or_listed_as_not_answered()
    {
        Assert.Empty(Uncovered(Seeds.Paper.Passages));
    }

    [Fact]
    public void Every_footnote_is_cited_or_quoted_by_a_card_or_listed_as_not_answered()
    {
        var cited = Seeds.Cards.Cards.SelectMany(c => c.Citations).ToHashSet(StringComparer.Ordinal);
        var evidence = Seeds.Cards.Cards.SelectMany(c => c.Evidence).ToList();
        var excluded = NotAnswered().Where(e => e.Footnote is not null).Select(e => e.Footnote!.Value).ToHashSet();

        var uncovered = Seeds.Paper.Footnotes.Values
            .Where(f => !Seeds.Manifest.ForFootnote(f.Number).Any(s => cited.Contains(s.Id)))
            .Where(f => !evidence.Any(e => f.Text.Contains(e, StringComparison.Ordinal)))
            .Where(f => !excluded.Contains(f.Number))
            .Select(f => f.Number)
            .ToList();

        Assert.Empty(uncovered);
    }

    [Fact]
    public void Every_not_answered_line_names_real_text_and_gives_a_reason()
    {
        var paper = Seeds.Paper.Passages.Select(p => p.Text).ToList();
        Assert.All(NotAnswered(), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            Assert.True(e.Quote is not null ^ e.Footnote is not null, "a line names a quote or a footnote");
            if (e.Quote is not null)
            {
                Assert.Contains(paper, p => p.Contains(e.Quote, StringComparison.Ordinal));
            }
            if (e.Footnote is { } number)
            {
                Assert.True(Seeds.Paper.Footnotes.ContainsKey(number), $"no footnote {number}");
            }
        });
    }

    [Fact]
    public void The_coverage_check_notices_a_paragraph_no_card_rests_on()
    {
        // The check above must be able to fail: a paper with one paragraph no card quotes is uncovered.
        var extra = new Passage("paper-999", "Test", "A paragraph that no answer card rests on.", []);
        Assert.Equal(["paper-999: A paragraph that no answer card rests on."], Uncovered([.. Seeds.Paper.Passages, extra]));
    }

    private static List<string> Uncovered(IEnumerable<Passage> passages)
    {
        var exclusions = NotAnswered().Where(e => e.Quote is not null).Select(e => e.Quote!).ToList();
        var evidence = Seeds.Cards.Cards.SelectMany(c => c.Evidence).ToList();
        return passages
            .Where(p => !evidence.Any(e => p.Text.Contains(e, StringComparison.Ordinal)))
            .Where(p => !exclusions.Any(e => p.Text.Contains(e, StringComparison.Ordinal)))
            .Select(p => $"{p.Id}: {p.Text[..Math.Min(80, p.Text.Length)]}")
            .ToList();
    }

    private static List<NotAnsweredLine> NotAnswered() =>
        File.ReadAllLines(Path.Combine(SeedFiles.Folder, "not-answered.jsonl"))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => JsonSerializer.Deserialize<NotAnsweredLine>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();

    private sealed record NotAnsweredLine(string? Quote, int? Footnote, string? Reason);
}
