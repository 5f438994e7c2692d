using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public class SpokenFormsTests
{
    [Theory]
    [InlineData("what is two eighty seven g", "what is 287(g)")]
    [InlineData("two eighty-seven g agreements", "287(g) agreements")]
    [InlineData("que es el dos ochenta y siete ge", "que es el 287(g)")]
    [InlineData("doscientos ochenta y siete ge", "287(g)")]
    [InlineData("what happened in twenty twenty", "what happened in 2020")]
    [InlineData("did it end in nineteen ninety six", "did it end in 1996")]
    [InlineData("in two thousand seventeen", "in 2017")]
    [InlineData("en dos mil diecisiete", "en 2017")]
    [InlineData("the 287 g program", "the 287(g) program")]
    public void Numbers_said_as_words_are_written_as_digits(string spoken, string typed) =>
        Assert.Equal(typed, SpokenForms.Normalize(spoken));

    [Theory]
    [InlineData("does the d m v share my address", "does the DMV share my address")]
    [InlineData("what is p. e. p.", "what is PEP")]
    [InlineData("what is a eyes detainer", "what is a ICE detainer")]
    [InlineData("can eyes take me at court", "can ICE take me at court")]
    [InlineData("que hace ais en la carcel", "que hace ICE en la carcel")]
    public void Letters_said_one_by_one_and_the_misheard_name_of_ICE_become_the_acronym(string spoken, string typed) =>
        Assert.Equal(typed, SpokenForms.Normalize(spoken));

    [Theory]
    [InlineData("two ICE agents came to my house")]
    [InlineData("it leads to three-fourths of deportations")]
    [InlineData("tres cuartas partes de las deportaciones")]
    [InlineData("al menos el 23 por ciento de los condados")]
    [InlineData("my eyes hurt from crying")]
    [InlineData("in the eyes of the law")]
    [InlineData("once they take fingerprints, what happens")]
    [InlineData("una persona en la cárcel")]
    public void Ordinary_words_are_left_as_written(string text) =>
        Assert.Equal(text, SpokenForms.Normalize(text));
}
