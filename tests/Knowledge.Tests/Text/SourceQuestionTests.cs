using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>A question about where the answer just given comes from, in English and Spanish; a question about the paper or about a topic is not one.</summary>
public class SourceQuestionTests
{
    [Theory]
    [InlineData("who wrote that line about american style local democracy")]
    [InlineData("who documented those cases")]
    [InlineData("who called it that")]
    [InlineData("who wrote it and where was it published")]
    [InlineData("where does that number come from?")]
    [InlineData("and when did he say that?")]
    [InlineData("what's the source?")]
    [InlineData("according to whom?")]
    [InlineData("¿y quién escribió esa frase?")]
    [InlineData("quien lo dijo")]
    [InlineData("¿de dónde sale eso?")]
    public void Asks_where_the_answer_comes_from(string question) =>
        Assert.True(SourceQuestion.AsksForSource(question));

    [Theory]
    [InlineData("who wrote this paper?")]
    [InlineData("¿quién escribió el documento?")]
    [InlineData("who runs the 287(g) program")]
    [InlineData("who can help me find a lawyer")]
    [InlineData("where is ICE holding my brother")]
    [InlineData("when did Secure Communities start?")]
    [InlineData("who decides if the jail honors a detainer")]
    public void Other_questions_are_not_about_the_source(string question) =>
        Assert.False(SourceQuestion.AsksForSource(question));
}
