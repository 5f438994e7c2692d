using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>Accent folding under the app's invariant globalization, where the runtime's normalization leaves accents alone.</summary>
public sealed class AccentsTests
{
    [Theory]
    [InlineData("policía", "policia")]
    [InlineData("salvadoreño", "salvadoreno")]
    [InlineData("Inmigración y Aduanas", "Inmigracion y Aduanas")]
    [InlineData("ÁÉÍÓÚÜÑ", "AEIOUUN")]
    [InlineData("pingüino", "pinguino")]
    [InlineData("ICE detainer 287(g)", "ICE detainer 287(g)")]
    public void Accents_are_removed_and_nothing_else_changes(string text, string folded) =>
        Assert.Equal(folded, Accents.Fold(text));
}
