using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Tests.Embeddings;

public class ModelVocabularyTests
{
    [Theory]
    [InlineData("night")]
    [InlineData("real")]
    [InlineData("brother")]
    [InlineData("visited")]
    [InlineData("happens")]
    [InlineData("didnt")]
    [InlineData("theyre")]
    public void Knows_common_english_words_their_regular_endings_and_contractions_without_apostrophes(string word)
    {
        Assert.True(ModelVocabulary.IsEnglishWord(word));
    }

    [Theory]
    [InlineData("jale")]
    [InlineData("imigrasion")]
    [InlineData("bruther")]
    [InlineData("sposed")]
    [InlineData("hermano")]
    public void Does_not_know_misspellings_or_spanish_words(string word)
    {
        Assert.False(ModelVocabulary.IsEnglishWord(word));
    }
}
