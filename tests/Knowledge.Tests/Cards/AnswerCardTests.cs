using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>Every answer card an admin writes must be valid, cited, plain and short.</summary>
public partial class AnswerCardTests
{
    private static KnowledgeSeeds Seeds => SeedFiles.Seeds;

    public static TheoryData<string> CardIds() => new(SeedFiles.Seeds.Cards.Cards.Select(c => c.Id));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ShareableId();

    [Fact]
    public void Cards_cover_the_papers_topics()
    {
        Assert.True(Seeds.Cards.Cards.Count >= 20);
        foreach (var id in new[] { "detainers", "courthouse", "dmv", "fingerprints", "287g", "cap", "pep", "sanctuary", "legal-help" })
        {
            Assert.True(Seeds.Cards.TryGet(id, out _), $"no card '{id}'");
        }
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void A_card_is_plain_short_and_dated(string id)
    {
        var card = Card(id);
        var plain = ReadingGrade.PlainText(card.Answer);
        Assert.True(ReadingGrade.FleschKincaid(plain) <= ReadingGrade.TargetGrade, $"{id}: grade {ReadingGrade.FleschKincaid(plain):0.0}");
        Assert.InRange(ReadingGrade.CountWords(plain), 20, ReadingGrade.MaxCardWords);
        Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", card.AsOf);
        Assert.Matches(ShareableId(), card.Id);
        Assert.True(card.Questions.Count >= 5, $"{id}: give at least five ways of asking");
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_citation_exists_and_every_marker_points_at_one(string id)
    {
        var card = Card(id);
        Assert.NotEmpty(card.Citations);
        Assert.All(card.Citations, c => Assert.True(Seeds.Manifest.TryGet(c, out _), $"{id}: unknown source '{c}'"));
        foreach (var text in new[] { card.Answer, card.AnswerEs }.OfType<string>())
        {
            var used = CitationMarkers.Numbers(text);
            Assert.All(used, n => Assert.InRange(n, 1, card.Citations.Count));
            Assert.Equal(Enumerable.Range(1, card.Citations.Count), used.Order());
        }
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Evidence_quotes_are_the_papers_own_words(string id)
    {
        var card = Card(id);
        // A quote may come from a paragraph or list item, or from a footnote (a source's title, a figure it gives).
        var paper = string.Join("\n", Seeds.Paper.Passages.Select(p => p.Text).Concat(Seeds.Paper.Footnotes.Values.Select(f => f.Text)));
        if (card.Citations.Any(c => !Seeds.Manifest.Get(c).IsDirectory))
        {
            // Only a card that rests on nothing but legal-help directories has no words of the paper behind it.
            Assert.NotEmpty(card.Evidence);
        }
        Assert.All(card.Evidence, quote => Assert.Contains(quote, paper));
        if (card.EvidenceSource is not null)
        {
            Assert.True(Seeds.Manifest.TryGet(card.EvidenceSource, out _));
        }
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Follow_ups_name_two_or_three_other_cards(string id)
    {
        var card = Card(id);
        Assert.InRange(card.FollowUps.Count, 2, 3);
        Assert.All(card.FollowUps, f =>
        {
            Assert.NotEqual(id, f);
            Assert.True(Seeds.Cards.TryGet(f, out _), $"{id}: unknown follow-up '{f}'");
        });
    }

    [Fact]
    public void Parses_front_matter_english_and_spanish()
    {
        var card = AnswerCardParser.Parse("""
            ---
            id: sample
            topic: Sample
            question: What is a sample?
            asOf: 2020-11
            summary: "A sample is a test: a small part. [1]"
            summaryEs: Una muestra es una prueba. [1]
            questions:
              - what's a sample
            citations:
              - paper
            followUps:
              - detainers
            ---
            A sample is a test. [1]

            ## Español
            Una muestra es una prueba. [1]
            """, "sample.md");

        Assert.Equal("sample", card.Id);
        Assert.Equal("2020-11", card.AsOf);
        Assert.Equal("A sample is a test. [1]", card.Answer);
        Assert.Equal("Una muestra es una prueba. [1]", card.AnswerEs);
        Assert.Equal("A sample is a test: a small part. [1]", card.Summary);
        Assert.Equal("Una muestra es una prueba. [1]", card.SummaryEs);
        Assert.Equal(["what's a sample"], card.Questions);
    }

    [Theory]
    [InlineData("no front matter at all", "starts with")]
    [InlineData("---\nid: x\ntopic: X\n", "not closed")]
    [InlineData("---\nid: x\ntopic: X\nquestion: Q?\nasOf: 2020\ncolour: red\n---\nText.", "bad front matter")]
    [InlineData("---\nid: x\ntopic: X\nasOf: 2020\n---\nText.", "'question' is required")]
    [InlineData("---\nid: x\ntopic: X\nquestion: Q?\nasOf: 2020\n---\n", "no answer text")]
    public void A_broken_card_gets_a_clear_error(string markdown, string message)
    {
        var error = Assert.Throws<FormatException>(() => AnswerCardParser.Parse(markdown, "broken.md"));
        Assert.Contains("broken.md", error.Message);
        Assert.Contains(message, error.Message);
    }

    private static AnswerCard Card(string id) => Seeds.Cards.TryGet(id, out var card) ? card : throw new KeyNotFoundException(id);
}
