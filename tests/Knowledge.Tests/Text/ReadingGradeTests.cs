using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public class ReadingGradeTests
{
    [Fact]
    public void Short_plain_sentences_score_low_and_legal_prose_scores_high()
    {
        var plain = ReadingGrade.FleschKincaid("A detainer is a note from ICE. It asks the jail to keep you. That can be wrong.");
        var legal = ReadingGrade.FleschKincaid(
            "ICE's entire detainer policy is riddled with Fourth Amendment problems, as numerous courts have found, and needs to be overhauled, notwithstanding jurisdictional considerations.");
        Assert.InRange(plain, -5, 4);
        Assert.True(legal > 15, $"legal prose graded {legal}");
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("detainer", 3)]
    [InlineData("immigration", 4)]
    [InlineData("jumped", 1)]
    public void Counts_syllables_as_the_scorer_does(string word, int syllables)
    {
        Assert.Equal(syllables, ReadingGrade.Syllables(word));
    }

    [Fact]
    public void Plain_text_drops_links_markers_and_markdown()
    {
        var plain = ReadingGrade.PlainText("**Hello** world [1] https://x.org/a");
        Assert.Equal("Hello world", string.Join(' ', plain.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(0, ReadingGrade.FleschKincaid("Too short."));
    }
}
