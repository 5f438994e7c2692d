using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// "Who wrote that?", "who documented those cases?" asked of the answer just given: the sources
/// behind that answer, named (who, where, when) and cited, on the same topic; never the card again.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public class SourceFollowUpTests(KnowledgeFixture knowledge)
{
    private readonly AnswerService _answers = knowledge.Answers;

    [Theory]
    [InlineData("What do anti-sanctuary laws do to local officials?", "who wrote that line about local democracy", "Gulasekaram", "gulasekaram-anti-sanctuary-2019")]
    [InlineData("what is the criminal alien program", "who called it that", "Immigrant Legal Resource Center", "ilrc-criminal-alien-program-2016")]
    [InlineData("¿Las leyes anti-santuario amenazan la democracia local?", "¿y quién escribió esa frase?", "Gulasekaram", "gulasekaram-anti-sanctuary-2019")]
    public void Who_wrote_that_names_the_source_the_card_cites(string first, string followUp, string named, string sourceId)
    {
        var earlier = _answers.Ask(first);
        var answer = _answers.AskInConversation(followUp, [first]);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(earlier.CardId, answer.CardId);
        Assert.Contains(named, answer.Text);
        Assert.Contains(answer.Citations, c => c.Id == sourceId);
        Assert.NotEqual(earlier.Text, answer.Text);
        // Every marker points at a citation, numbered from 1 in the order they appear.
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Number));
        Assert.All(KnowYourRights.Knowledge.Text.CitationMarkers.Numbers(answer.Text), n => Assert.InRange(n, 1, answer.Citations.Count));
    }

    [Fact]
    public void A_card_resting_on_the_paper_alone_says_the_paper_names_no_other_source()
    {
        const string first = "if the charges against me are dropped can ICE still get my fingerprints";
        var earlier = _answers.Ask(first);
        var answer = _answers.AskInConversation("who found that", [first]);

        Assert.Equal("charges-dropped", earlier.CardId);
        Assert.Equal(earlier.CardId, answer.CardId);
        Assert.Contains("paper itself", answer.Text);
        Assert.Equal(["paper"], answer.Citations.Select(c => c.Id));
    }

    [Fact]
    public void Who_wrote_the_paper_is_not_read_as_the_source_of_the_last_answer()
    {
        const string first = "what is the criminal alien program";
        var answer = _answers.AskInConversation("who wrote this paper?", [first]);

        Assert.DoesNotContain("Immigrant Legal Resource Center", answer.Text);
    }
}
