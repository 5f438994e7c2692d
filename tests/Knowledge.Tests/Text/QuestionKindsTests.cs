using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>The kind of fact a question asks for, read from its asking words in English and Spanish.</summary>
public class QuestionKindsTests
{
    [Theory]
    [InlineData("what is an ICE detainer?", QuestionKind.What)]
    [InlineData("and how many before?", QuestionKind.HowMany)]
    [InlineData("is it true most deportations start with ICE interviewing people in jail", QuestionKind.HowMany)]
    [InlineData("¿cuántos condados tienen 287g?", QuestionKind.HowMany)]
    [InlineData("which recommendation number is it in the report?", QuestionKind.HowMany)]
    [InlineData("what page number says that", QuestionKind.HowMany)]
    [InlineData("what is the phone number for the ICE office", QuestionKind.What)]
    [InlineData("how long can they keep him", QuestionKind.HowLong)]
    [InlineData("¿cuánto tiempo lo pueden tener?", QuestionKind.HowLong)]
    [InlineData("how soon would that report have to come out", QuestionKind.HowLong)]
    [InlineData("¿qué tan pronto tiene que salir el informe?", QuestionKind.HowLong)]
    [InlineData("when did Secure Communities come back?", QuestionKind.When)]
    [InlineData("what year did the Warrant Service Officer program start", QuestionKind.When)]
    [InlineData("who wrote the book about no true sanctuary?", QuestionKind.Who)]
    [InlineData("why?", QuestionKind.Why)]
    [InlineData("why is that bad?", QuestionKind.Why)]
    [InlineData("¿por qué la gente tiene miedo?", QuestionKind.Why)]
    [InlineData("what should happen instead?", QuestionKind.Should)]
    [InlineData("what does the paper want done about that?", QuestionKind.Should)]
    [InlineData("did the courts stop it?", QuestionKind.Legal)]
    [InlineData("is that even legal", QuestionKind.Legal)]
    [InlineData("y eso es legal?", QuestionKind.Legal)]
    [InlineData("what can i do", QuestionKind.Help)]
    [InlineData("¿qué puedo hacer?", QuestionKind.Help)]
    [InlineData("where can I find free immigration legal help?", QuestionKind.Help)]
    [InlineData("where do we get a good lawyer", QuestionKind.Help)]
    [InlineData("¿cuándo empezó Comunidades Seguras?", QuestionKind.When)]
    [InlineData("cuando empezo comunidades seguras", QuestionKind.When)]
    [InlineData("¿Qué pasa cuando ICE entrevista a alguien en la cárcel?", QuestionKind.What)]
    public void Reads_the_kind_asked(string question, QuestionKind kind) =>
        Assert.Equal(kind, QuestionKinds.Read(question).Kind);

    [Theory]
    [InlineData("can they take him at his court date", true)]
    [InlineData("is it true most deportations start in jail", true)]
    [InlineData("did the courts stop it?", true)]
    [InlineData("¿pueden arrestarme en la corte?", true)]
    [InlineData("what is 287(g)?", false)]
    [InlineData("how long can they keep him", false)]
    public void Tells_a_yes_or_no_question(string question, bool yesNo) =>
        Assert.Equal(yesNo, QuestionKinds.Read(question).YesNo);

    [Fact]
    public void Every_kind_has_a_front_matter_name_that_reads_back()
    {
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            Assert.Equal(kind, QuestionKinds.Parse(QuestionKinds.Name(kind)));
        }
        Assert.Null(QuestionKinds.Parse("recipe"));
    }
}
