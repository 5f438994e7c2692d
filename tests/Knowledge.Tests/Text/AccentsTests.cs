using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public class AccentsTests
{
    [Theory]
    [InlineData("detención", "detencion")]
    [InlineData("¿Quién?", "¿Quien?")]
    [InlineData("NIÑO", "NINO")]
    [InlineData("plain text", "plain text")]
    public void Folds_accented_letters_to_plain_ones_and_keeps_everything_else(string text, string expected)
    {
        Assert.Equal(expected, Accents.Fold(text));
    }
}
