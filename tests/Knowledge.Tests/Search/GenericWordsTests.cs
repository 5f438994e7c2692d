using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Tests.Search;

/// <summary>
/// Everyday words (a relative, the paper named as "the report", "el informe") carry no topic: rare
/// in the corpus, they would otherwise be read as a question's most important words, and a stem
/// shared across languages ("informe" and "information") would pull the question to another card.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public class GenericWordsTests(KnowledgeFixture knowledge)
{
    [Theory]
    [InlineData("qué dice el informe", "inform")]
    [InlineData("qué dice el documento", "document")]
    [InlineData("what does the paper say", "paper")]
    [InlineData("what does the article say", "articl")]
    [InlineData("my nephew", "nephew")]
    [InlineData("mi sobrino", "sobrin")]
    [InlineData("mi vecina", "vecin")]
    public void A_relative_or_the_paper_named_weighs_no_more_than_any_everyday_word(string words, string stem)
    {
        var concepts = QuestionAnalysis.Analyze(words, knowledge.Index.Current);

        var concept = Assert.Single(concepts, c => c.Terms.Any(t => t.StartsWith(stem, StringComparison.Ordinal)));
        Assert.True(concept.Weight <= RoutingCalibration.GenericWordMaxWeight, $"{concept.Surface}: {concept.Weight}");
    }

    [Theory]
    [InlineData("¿Qué pide el informe sobre los agentes que entran a las cárceles?")]
    [InlineData("¿Qué dice el documento sobre los agentes de ICE que entrevistan a la gente en la cárcel?")]
    public void Naming_the_paper_leaves_the_question_about_its_subject(string question)
    {
        var answer = knowledge.Answers.Ask(question);

        Assert.Equal(AnswerKinds.Card, answer.Kind);
        Assert.Contains(answer.CardId, new[] { "jail-interview", "cap" });
    }
}
