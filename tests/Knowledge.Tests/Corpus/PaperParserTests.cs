using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Corpus;

public class PaperParserTests
{
    private static readonly Paper Paper = PaperParser.Parse(SeedFiles.PaperText);

    [Fact]
    public void Parses_all_24_footnotes_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 24), Paper.Footnotes.Keys.Order());
        Assert.All(Paper.Footnotes.Values, f => Assert.False(string.IsNullOrWhiteSpace(f.Text)));
    }

    [Fact]
    public void Rejoins_a_footnote_that_a_page_break_cut()
    {
        var footnote6 = Paper.Footnotes[6].Text;
        Assert.Contains("(at least 23 percent of counties in the United States have such policies)", footnote6);
        Assert.Contains("https://www.ilrc.org/growing-resistance-how-sanctuary-laws-and-policies-have-flourished-during-trump-administration", Paper.Footnotes[6].Urls);
        Assert.DoesNotContain(Paper.Passages, p => p.Text.StartsWith("have such policies", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejoins_a_body_sentence_that_resumes_after_a_block_of_footnotes()
    {
        Assert.Contains(Paper.Passages, p => p.Text.Contains("It should design a new enforcement system based on the need to honor", StringComparison.Ordinal));
        Assert.All(Paper.Passages, p => Assert.False(char.IsLower(p.Text[0]), $"{p.Id} starts mid-sentence: {p.Text[..30]}"));
    }

    [Fact]
    public void Links_passages_to_the_footnotes_their_markers_name_and_strips_the_markers()
    {
        var citizens = Assert.Single(Paper.Passages, p => p.Text.Contains("erroneous detainers", StringComparison.Ordinal));
        Assert.Equal([12], citizens.Footnotes);
        Assert.EndsWith("erroneous detainers.", citizens.Text);
        Assert.All(Paper.Passages, p => Assert.DoesNotContain(p.Text, c => Superscripts.IsSuperscriptDigit(c)));
        var cited = Paper.Passages.SelectMany(p => p.Footnotes).Distinct().Order();
        Assert.Equal(Enumerable.Range(1, 24), cited);
    }

    [Theory]
    [InlineData("Withdraw Executive Order 13768", "Recommendations to the President › First 100 Days › 1")]
    [InlineData("Direct DHS to end the Secure Communities program", "Recommendations to the President › First 100 Days › 2")]
    [InlineData("End the Criminal Alien Program (CAP).", "Recommendations to the President › Beyond the First 100 Days › 1")]
    [InlineData("There is wide-ranging support", "Ending ICE's Use of State and Local Resources")]
    public void Gives_each_passage_its_heading_path(string start, string heading)
    {
        var passage = Assert.Single(Paper.Passages, p => p.Text.StartsWith(start, StringComparison.Ordinal));
        Assert.Equal(heading, passage.Heading);
    }

    [Fact]
    public void Splits_list_items_into_their_own_passages_without_their_markers()
    {
        Assert.Contains(Paper.Passages, p => p.Text.StartsWith("Directs DOJ to rescind all policies", StringComparison.Ordinal));
        Assert.DoesNotContain(Paper.Passages, p => p.Text.StartsWith("- ", StringComparison.Ordinal) || p.Text.StartsWith("1. ", StringComparison.Ordinal));
    }

    [Fact]
    public void Handles_page_breaks_in_any_document_not_just_the_seed()
    {
        const string text = """
            A Title

            First paragraph ends here.¹ The second sentence is cut by the page

            ¹ Footnote one starts and is cut

            continues on the next page, https://example.org/one.

            ² Footnote two.

            break and ends here.² Then it goes on.

            Heading Two

            - An item.
            """;
        var paper = PaperParser.Parse(text);

        Assert.Equal("A Title", paper.Title);
        Assert.Equal("Footnote one starts and is cut continues on the next page, https://example.org/one.", paper.Footnotes[1].Text);
        Assert.Equal(["https://example.org/one"], paper.Footnotes[1].Urls);
        var first = paper.Passages[0];
        Assert.Equal("First paragraph ends here. The second sentence is cut by the page break and ends here. Then it goes on.", first.Text);
        Assert.Equal([1, 2], first.Footnotes);
        Assert.Equal("Heading Two", paper.Passages[1].Heading);
    }

    [Fact]
    public void Rejects_an_empty_paper()
    {
        Assert.Throws<FormatException>(() => PaperParser.Parse("   \n\n"));
    }
}
