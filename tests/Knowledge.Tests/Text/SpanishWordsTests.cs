using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>The Spanish common-word list: its forms are there, names and number words are not.</summary>
public sealed class SpanishWordsTests
{
    [Theory]
    [InlineData("pasaporte")]
    [InlineData("pasaportes")]
    [InlineData("abogada")]
    [InlineData("leyes")]
    [InlineData("deportarme")]
    [InlineData("llamandole")]
    [InlineData("trabajaba")]
    [InlineData("busque")]
    [InlineData("vinieron")]
    [InlineData("manana")]
    public void A_frequent_word_and_the_forms_grammar_makes_of_it_are_known(string key)
    {
        Assert.True(SpanishWords.Contains(key), key);
    }

    [Theory]
    // Given names and surnames.
    [InlineData("guadalupe")]
    [InlineData("hernandez")]
    [InlineData("gonzalez")]
    [InlineData("maria")]
    [InlineData("jose")]
    [InlineData("lucia")]
    // Number words: a phone or A-number spelled out is a detail.
    [InlineData("cero")]
    [InlineData("tres")]
    [InlineData("cuatro")]
    [InlineData("cinco")]
    [InlineData("seis")]
    [InlineData("siete")]
    [InlineData("ocho")]
    [InlineData("nueve")]
    [InlineData("diez")]
    [InlineData("veinte")]
    [InlineData("mil")]
    public void Names_and_number_words_are_not_on_the_list(string key)
    {
        Assert.False(SpanishWords.Contains(key), key);
    }

    [Fact]
    public void The_list_holds_a_few_thousand_words_with_their_forms()
    {
        Assert.InRange(SpanishWords.Count, 20_000, 200_000);
    }
}
