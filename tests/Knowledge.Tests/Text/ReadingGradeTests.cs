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

    [Fact]
    public void Plain_spanish_scores_low_and_spanish_legal_prose_scores_high_by_crawfords_formula()
    {
        var plain = ReadingGrade.Crawford("Un detainer es un pedido de ICE. Le pide a la cárcel que lo retenga. Puede ser un error.");
        var legal = ReadingGrade.Crawford(
            "La política de retenciones migratorias presenta numerosas deficiencias constitucionales relacionadas con la Cuarta Enmienda, según determinaron reiteradamente diversos tribunales federales.");

        Assert.InRange(plain, -5, 4);
        Assert.True(legal > 8, $"legal prose graded {legal}");
        // Flesch-Kincaid reads Spanish's longer words as a much higher grade than they are.
        Assert.True(ReadingGrade.FleschKincaid("Un detainer es un pedido de ICE. Le pide a la cárcel que lo retenga. Puede ser un error.") > plain);
        Assert.Equal(0, ReadingGrade.Crawford("Muy corto."));
    }

    [Theory]
    [InlineData("que", 1)]
    [InlineData("huellas", 2)]
    [InlineData("leer", 2)]
    [InlineData("día", 2)]
    [InlineData("información", 4)]
    [InlineData("policía", 4)]
    [InlineData("inmigración", 4)]
    [InlineData("agüero", 3)]
    public void Counts_spanish_syllables_with_diphthongs_and_hiatus(string word, int syllables)
    {
        Assert.Equal(syllables, ReadingGrade.SpanishSyllables(word));
    }
}
