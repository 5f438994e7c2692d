using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>The two subjects a question compares, in English and Spanish; no subjects in a question that compares nothing.</summary>
public class ComparisonQuestionTests
{
    [Theory]
    [InlineData("what's the difference between 287g and secure communities", "287g", "secure communities")]
    [InlineData("What is the difference between the Criminal Alien Program and 287(g)?", "Criminal Alien Program", "287(g)")]
    [InlineData("how is the warrant service officer program different from the jail model?", "warrant service officer program", "jail model")]
    [InlineData("secure communities vs PEP", "secure communities", "PEP")]
    [InlineData("ok so CAP versus 287g, which is worse?", "ok so CAP", "287g")]
    [InlineData("¿cuál es la diferencia entre 287g y Comunidades Seguras?", "287g", "Comunidades Seguras")]
    [InlineData("compare detainers with notification requests", "detainers", "notification requests")]
    public void Reads_the_two_subjects(string question, string first, string second)
    {
        var subjects = ComparisonQuestion.Subjects(question);

        Assert.NotNull(subjects);
        Assert.Equal(first, subjects.Value.First, ignoreCase: true);
        Assert.Equal(second, subjects.Value.Second, ignoreCase: true);
    }

    [Theory]
    [InlineData("what is an ICE detainer?")]
    [InlineData("can ICE and the police share my data")]
    [InlineData("does it make a difference if the charges were dropped?")]
    [InlineData("my brother was arrested and the jail says ICE put a hold on him between his court dates, what is the difference he can make if he pays bail and then goes back")]
    [InlineData("¿ICE y la policía comparten mis datos?")]
    public void Finds_no_subjects_in_a_question_that_compares_nothing(string question) =>
        Assert.Null(ComparisonQuestion.Subjects(question));
}
