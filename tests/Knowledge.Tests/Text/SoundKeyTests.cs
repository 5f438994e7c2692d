using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public class SoundKeyTests
{
    [Theory]
    [InlineData("jale", "jail")]
    [InlineData("imigrasion", "immigration")]
    [InlineData("sposed", "supposed")]
    [InlineData("bruther", "brother")]
    [InlineData("longr", "longer")]
    [InlineData("fone", "phone")]
    [InlineData("polise", "police")]
    [InlineData("sherif", "sheriff")]
    [InlineData("misión", "mission")]
    public void Words_spelled_by_ear_share_the_key_of_the_word_meant(string heard, string meant)
    {
        Assert.Equal(SoundKey.Of(meant), SoundKey.Of(heard));
    }

    [Theory]
    [InlineData("detainer", "deputy")]
    [InlineData("court", "card")]
    [InlineData("jail", "deal")]
    [InlineData("warrant", "worried")]
    public void Words_that_sound_different_keep_different_keys(string one, string other)
    {
        Assert.NotEqual(SoundKey.Of(one), SoundKey.Of(other));
    }

    [Fact]
    public void Keeps_the_first_letter_and_the_consonants()
    {
        Assert.Equal("jl", SoundKey.Of("Jail"));
        Assert.Equal("imgrSn", SoundKey.Of("immigration"));
        Assert.Equal(string.Empty, SoundKey.Of(string.Empty));
    }
}
