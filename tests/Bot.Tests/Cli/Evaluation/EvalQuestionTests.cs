using System.Text.Json;
using KnowYourRights.Bot.Cli.Evaluation;

namespace KnowYourRights.Bot.Tests.Cli.Evaluation;

public class EvalQuestionTests
{
    [Fact]
    public void A_set_is_read_line_by_line_with_the_scorers_field_names()
    {
        var set = EvalQuestion.ParseSet(
            """
            {"id":"a1","q":"What is a detainer?","lang":"en","kind":"answer","terms":["detainer","hold|jail"],"min_terms":2,"cite":["aclu"]}

            {"id":"a2","q":"y eso es legal?","lang":"es","kind":"answer","terms":["ley"],"history":["¿Qué es una orden de retención?"]}
            {"id":"d1","q":"Capital of France?","kind":"decline"}
            """);

        Assert.Equal(["a1", "a2", "d1"], set.Select(q => q.Id));
        Assert.Equal(2, set[0].MinTerms);
        Assert.Equal(["aclu"], set[0].Cite!);
        Assert.Equal("en", set[2].Language);
        Assert.False(set[2].InScope);
    }

    [Fact]
    public void A_follow_up_is_asked_as_the_batch_lines_json_and_any_other_question_as_one_plain_line()
    {
        var followUp = new EvalQuestion("a2", "y eso es legal?", "answer", "es", History: ["¿Qué es una orden de retención?"]);
        var plain = new EvalQuestion("a1", "What is\na detainer?", "answer");

        var line = JsonDocument.Parse(followUp.BatchLine()).RootElement;

        Assert.Equal("y eso es legal?", line.GetProperty("q").GetString());
        Assert.Equal("¿Qué es una orden de retención?", line.GetProperty("history")[0].GetString());
        Assert.Equal("What is a detainer?", plain.BatchLine());
    }

    [Theory]
    [InlineData("{\"id\":\"a1\",\"q\":\"x\",\"kind\":\"answer\"}\nnot json", "line 2")]
    [InlineData("{\"id\":\"a1\",\"q\":\"x\",\"kind\":\"maybe\"}", "line 1")]
    [InlineData("{\"q\":\"x\",\"kind\":\"answer\"}", "line 1")]
    public void A_line_that_is_not_a_question_is_named(string text, string where)
    {
        var error = Assert.Throws<FormatException>(() => EvalQuestion.ParseSet(text));

        Assert.StartsWith(where + ":", error.Message, StringComparison.Ordinal);
    }
}
