using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Tests.Search;

public class SpellingCorrectorTests
{
    private static readonly Dictionary<string, int> Vocabulary = new()
    {
        ["detain"] = 12,
        ["immigr"] = 30,
        ["courthous"] = 6,
        ["sanctuari"] = 9,
        ["medico"] = 2,
        ["joe"] = 5,
    };

    [Theory]
    [InlineData("detainor", "detain")]
    [InlineData("courthos", "courthous")]
    [InlineData("sanctueri", "sanctuari")]
    [InlineData("immigraton", "immigr")]
    public void Corrects_misspellings_to_the_nearest_common_indexed_term(string word, string expected)
    {
        Assert.Equal(expected, SpellingCorrector.Correct(word, Vocabulary));
    }

    [Theory]
    [InlineData("joke")]
    [InlineData("mexico")]
    [InlineData("passport")]
    [InlineData("287h")]
    public void Leaves_short_words_real_words_near_rare_terms_and_unrelated_words_alone(string word)
    {
        Assert.Null(SpellingCorrector.Correct(word, Vocabulary));
    }

    [Fact]
    public void Counts_an_adjacent_swap_as_one_edit()
    {
        Assert.Equal(1, SpellingCorrector.Distance("detiain", "detaiin", 2));
        Assert.Equal(3, SpellingCorrector.Distance("abcdef", "uvwxyz", 2));
    }
}
