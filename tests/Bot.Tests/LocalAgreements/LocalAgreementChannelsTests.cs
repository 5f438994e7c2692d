using System.Text.Json;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.Cli;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.LocalAgreements;

/// <summary>An answer from ICE's 287(g) list in every channel: SMS in at most two segments, the phone line for the ear, <c>ask --json</c>, and counted as its own outcome.</summary>
[Trait("Category", "Slow")]
public sealed class LocalAgreementChannelsTests : IDisposable
{
    private static readonly SpokenAnswerRenderer Spoken = new(TestKnowledge.Shared.Index);

    private readonly string _scratch = Directory.CreateTempSubdirectory("kyr-287g-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Theory]
    [InlineData("gaston county nc 287g?", "Gaston County Sheriff's Office", Language.English)]
    [InlineData("DOES BREVARD COUNTY WORK WITH ICE", "Brevard County", Language.English)]
    [InlineData("el condado de harris tiene 287g?", "Harris County", Language.Spanish)]
    [InlineData("does mecklenburg county nc have 287g", "does not show Mecklenburg County, NC", Language.English)]
    [InlineData("cuantos acuerdos 287g hay en texas?", "Texas", Language.Spanish)]
    public async Task By_SMS_the_answer_comes_in_one_message_of_at_most_two_segments(string question, string expected, string language)
    {
        using var sms = new SmsConversation();

        var first = await sms.SayOneAsync(question);

        Assert.True(SmsSegments.Count(first) <= SmsSegments.MaxPerMessage, $"{SmsSegments.Count(first)} segments: {first}");
        Assert.True(first.Contains(expected, StringComparison.Ordinal), first);
        Assert.Contains(language == Language.Spanish ? "18 de julio de 2025" : "July 18, 2025", first, StringComparison.Ordinal);
        Assert.Contains(SmsReplyTexts.FullAnswerPrompt(language), first, StringComparison.Ordinal);
        // MORE gives the full answer, ICE's link included, a page of at most two segments at a time.
        var pages = new List<string>();
        var page = first;
        while (SmsConversation.OffersMore(page) && pages.Count < 10)
        {
            page = await sms.SayOneAsync(language == Language.Spanish ? "MAS" : "MORE");
            Assert.True(SmsSegments.Count(page) <= SmsSegments.MaxPerMessage, page);
            pages.Add(page);
        }
        Assert.Contains("https://www.ice.gov/287g", string.Join(" ", pages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_SMS_my_county_is_read_with_the_place_of_the_answer_before()
    {
        using var sms = new SmsConversation();
        await sms.SayOneAsync("does washington county have 287g");

        var answer = await sms.SayOneAsync("Florida");

        Assert.True(answer.Contains("Washington County, FL", StringComparison.Ordinal), answer);
    }

    [Theory]
    [InlineData("Does the Gaston County sheriff work with ICE?", "two eighty-seven g", "Gaston County Sheriff's Office")]
    [InlineData("¿El condado de Harris tiene 287(g)?", "dos ochenta y siete g", "Harris County")]
    [InlineData("does the wake county sheriff work with ice", "does not show Wake County", "detainers")]
    public void On_the_phone_the_answer_is_said_for_the_ear(string question, string spoken287g, string expected)
    {
        var answer = TestKnowledge.Shared.Answers.Ask(question);

        var spoken = Spoken.Render(answer);

        Assert.Equal(AnswerKinds.Local287g, answer.Kind);
        var all = spoken.Opening + " " + spoken.More;
        Assert.Contains(spoken287g, all, StringComparison.Ordinal);
        Assert.Contains(expected, all, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", all, StringComparison.Ordinal);
        Assert.DoesNotContain("https", all, StringComparison.Ordinal);
        Assert.DoesNotContain("287", spoken.Opening, StringComparison.Ordinal);
        Assert.True(ReadingGrade.CountWords(spoken.Opening) <= SpokenAnswerRenderer.MaxAnswerWords);
    }

    [Fact]
    public async Task Ask_json_shows_the_matched_agencies_and_the_list_date()
    {
        var (exit, output, error) = await BotExecutable.RunAsync(_scratch, null, "ask", "Does the Gaston County sheriff work with ICE?", "--json", "--data", TestKnowledge.Shared.DataPath);

        Assert.True(exit == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("local287g", json.GetProperty("kind").GetString());
        Assert.Equal("2025-07-18", json.GetProperty("asOf").GetString());
        var facts = json.GetProperty("local287g");
        Assert.Equal(("listed", "2025-07-18", "NC"), (facts.GetProperty("outcome").GetString(), facts.GetProperty("listAsOf").GetString(), facts.GetProperty("state").GetString()));
        var agency = facts.GetProperty("agencies").EnumerateArray().Single();
        Assert.Equal("Gaston County Sheriff's Office", agency.GetProperty("agency").GetString());
        var model = agency.GetProperty("models").EnumerateArray().Single();
        Assert.Equal(("Jail Enforcement Model", "2020-06-09"), (model.GetProperty("model").GetString(), model.GetProperty("signed").GetString()));
    }

    [Fact]
    public void Metrics_and_insights_count_these_answers_as_their_own_outcome()
    {
        var answer = TestKnowledge.Shared.Answers.Ask("Does the Gaston County sheriff work with ICE?");

        Assert.Equal(AnswerKinds.Local287g, QuestionOutcome.Kind(answer));
        Assert.Contains(AnswerKinds.Local287g, QuestionOutcome.All);
        Assert.Null(QuestionOutcome.Unanswered(answer, 0.9));
        Assert.Null(answer.CardId);
    }
}
