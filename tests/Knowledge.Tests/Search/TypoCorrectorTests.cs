using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Tests.Search;

[Collection(KnowledgeCollection.Name)]
public class TypoCorrectorTests(KnowledgeFixture knowledge)
{
    private TypoCorrector Typos => TypoCorrector.For(knowledge.Index.Current);

    [Theory]
    [InlineData("can the jale keep my bruther longr", "jail", "brother")]
    [InlineData("what hapens after the deportasion order", "happens", "deportation")]
    [InlineData("he was sposed to get out", "supposed", "out")]
    public void Puts_words_spelled_by_ear_back_to_the_words_the_cards_use(string question, string first, string second)
    {
        var corrected = Typos.Correct(question);

        Assert.Contains(first, corrected);
        Assert.Contains(second, corrected);
    }

    [Theory]
    [InlineData("is it real that they come at night")]
    [InlineData("who do I write to if my aunt was taken from her home")]
    [InlineData("i didnt know and they wasnt there")]
    public void Leaves_real_english_words_alone_even_one_letter_from_a_card_word(string question)
    {
        Assert.Equal(question, Typos.Correct(question));
    }

    [Theory]
    [InlineData("hola, que hace la policia si creo que algo pasa con mi carro")]
    [InlineData("me toman las huellas sin permiso?")]
    public void Leaves_spanish_words_alone_in_a_spanish_question(string question)
    {
        Assert.Equal(question, Typos.Correct(question));
    }

    [Theory]
    [InlineData("What did Secretary Mayorkas say about detainers")]
    [InlineData("does DACA change what the jail shares")]
    public void Leaves_names_and_acronyms_as_written(string question)
    {
        Assert.Equal(question, Typos.Correct(question));
    }
}
