using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>Which sentence of a card holds the fact asked: the latest for "how many are there", the earliest for "how many before".</summary>
public class FactSentencesTests
{
    [Theory]
    [InlineData("and how many before?", true)]
    [InlineData("¿y cuántos había antes?", true)]
    [InlineData("how many were there at first", true)]
    [InlineData("how many 287(g) agreements are there?", false)]
    [InlineData("how many are there now", false)]
    public void Tells_a_question_about_an_earlier_time(string question, bool earlier) =>
        Assert.Equal(earlier, FactSentences.AsksAboutEarlier(question));

    [Theory]
    [InlineData("There were 151 as of November 2020. [1]", 2020)]
    [InlineData("The paper, written in 2020, says there were 34 at the end of 2016.", 2016)]
    [InlineData("Thousands of people were held.", 0)]
    public void Reads_the_latest_year_a_sentence_names_besides_the_papers_own(string sentence, int year) =>
        Assert.Equal(year, FactSentences.LatestYear(sentence));

    [Theory]
    [InlineData("It would share all this in a public report within a year of the order. [1]", true)]
    [InlineData("Lo compartiría en un informe público dentro de un año.", true)]
    [InlineData("ICE can ask the jail to hold a person for 48 more hours.", true)]
    [InlineData("A year later, the program came back.", false)]
    public void Tells_a_sentence_that_gives_a_length_of_time(string sentence, bool holds) =>
        Assert.Equal(holds, FactSentences.Holds(sentence, KnowYourRights.Knowledge.Text.QuestionKind.HowLong));
}
