using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>One sentence asking two things joined by "and", in English and Spanish; one thing asked is not split.</summary>
public class CompoundQuestionTests
{
    [Theory]
    [InlineData("what was the Priority Enforcement Program, and why does the paper say it was not a fix?", "what was the Priority Enforcement Program", "why does the paper say it was not a fix?")]
    [InlineData("what is a 287(g) agreement and how many are there", "what is a 287(g) agreement", "how many are there")]
    [InlineData("¿qué es Comunidades Seguras y cuándo empezó?", "¿qué es Comunidades Seguras", "cuándo empezó?")]
    [InlineData("what is an ICE detainer and is it legal?", "what is an ICE detainer", "is it legal?")]
    public void Splits_two_asks_joined_by_and(string question, string first, string second)
    {
        var halves = CompoundQuestion.Halves(question);

        Assert.NotNull(halves);
        Assert.Equal(first, halves.Value.First);
        Assert.Equal(second, halves.Value.Second);
    }

    [Theory]
    [InlineData("can ICE and the police share my data?")]
    [InlineData("my son was arrested and why did they call ICE")]
    [InlineData("what is an ICE detainer?")]
    [InlineData("does the DMV share my address and phone with immigration")]
    [InlineData("what happens when ICE and the sheriff work together")]
    public void Leaves_one_ask_whole(string question) =>
        Assert.Null(CompoundQuestion.Halves(question));
}
