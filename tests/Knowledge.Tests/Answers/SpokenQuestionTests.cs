using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>A question as a speech recognizer writes it (no punctuation, numbers as words, ICE misheard) reaches the card its typed form reaches.</summary>
[Collection(KnowledgeCollection.Name)]
public class SpokenQuestionTests(KnowledgeFixture knowledge)
{
    [Theory]
    [InlineData("What is a 287(g) agreement?", "what is a two eighty seven g agreement")]
    [InlineData("¿Qué es un acuerdo 287(g)?", "que es un acuerdo dos ochenta y siete ge")]
    [InlineData("What is an ICE detainer?", "what is an eyes detainer")]
    [InlineData("Does the DMV share my information with ICE?", "does the d m v share my information with eyes")]
    [InlineData("Can ICE arrest me at the courthouse?", "can eyes arrest me at the courthouse")]
    [InlineData("How many 287(g) agreements were there in 2020?", "how many two eighty seven g agreements were there in twenty twenty")]
    public void A_spoken_question_routes_like_the_typed_one(string typed, string spoken)
    {
        var expected = knowledge.Answers.Ask(typed);
        var answer = knowledge.Answers.Ask(spoken);

        Assert.Equal(AnswerKinds.Card, expected.Kind);
        Assert.Equal(expected.Kind, answer.Kind);
        Assert.Equal(expected.CardId, answer.CardId);
    }
}
