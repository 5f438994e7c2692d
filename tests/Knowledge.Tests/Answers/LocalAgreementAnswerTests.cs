using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// "Does my sheriff work with ICE?": place questions answered from ICE's 287(g) list as published
/// on 2025-07-18 (seeds/287g), in English and Spanish, SMS and speech style, with typos; names in
/// several states, places not on the list, pending places, states alone, and "my county" later in
/// a conversation. Questions on 287(g) in general still go to the paper's cards.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public class LocalAgreementAnswerTests(KnowledgeFixture knowledge)
{
    private const string Listed = LocalAgreementOutcomes.Listed;
    private const string Pending = LocalAgreementOutcomes.Pending;
    private const string NotListed = LocalAgreementOutcomes.NotListed;
    private const string Ambiguous = LocalAgreementOutcomes.Ambiguous;
    private const string State = LocalAgreementOutcomes.State;

    private readonly AnswerService _answers = knowledge.Answers;

    public static TheoryData<string, string, string?, string> PlaceQuestions => new()
    {
        // Listed, in English, as people type and speak.
        { "Does the Gaston County sheriff work with ICE?", Listed, "NC", "Gaston County Sheriff's Office: Jail Enforcement Model, signed June 9, 2020" },
        { "Is Tampa police in 287g?", Listed, "FL", "Tampa Police Department: Task Force Model" },
        { "Does Brevard County have a 287(g) agreement?", Listed, "FL", "Brevard County" },
        { "Does the Charleston County Sheriff's Office have a 287(g) agreement?", Listed, "SC", "Charleston County Sheriff's Office" },
        { "Does Nassau County NY work with ICE?", Listed, "NY", "Nassau County, NY" },
        { "Does St. Lucie County have 287(g)?", Listed, "FL", "St. Lucie County" },
        { "does the sheriff of Horry county work with immigration", Listed, "SC", "Horry County" },
        { "Pinal County, AZ - 287(g)?", Listed, "AZ", "Pinal County" },
        { "is Miami-Dade county in the 287g program", Listed, "FL", "Miami-Dade County" },
        { "Lafourche Parish 287g", Listed, "LA", "Lafourche Parish" },
        // SMS style.
        { "287g galveston county tx?", Listed, "TX", "Galveston County" },
        { "DOES LUBBOCK COUNTY WORK WITH ICE", Listed, "TX", "Lubbock County" },
        { "orlando pd 287g??", Listed, "FL", "Orlando" },
        // Speech style (what a phone line's transcription gives).
        { "does the tarrant county sheriffs office work with ice", Listed, "TX", "Tarrant County" },
        { "is collier county part of 287 g", Listed, "FL", "Collier County" },
        { "does the frederick county sheriff have an agreement with ice", Listed, "MD", "Frederick County" },
        // Typos.
        { "does gatson conty nc work with ice", Listed, "NC", "Gaston County Sheriff's Office" },
        { "does brevrd county have 287g", Listed, "FL", "Brevard County" },
        { "is colier county sherif working with ice", Listed, "FL", "Collier County" },
        // Spanish.
        { "¿El condado de Harris tiene 287(g)?", Listed, "GA", "Harris County Sheriff's Office" },
        { "¿La policía de Hialeah trabaja con ICE?", Listed, "FL", "Hialeah Police Department" },
        { "el sheriff del condado de Lee coopera con la migra?", Listed, "FL", "Lee County" },
        // Listed, with a pending agreement beside the signed ones.
        { "Marion County FL 287g", Listed, "FL", "Pending (asked for, not signed yet):" },
        // Named without a state, on the list in one state only: the reply says which.
        { "Does Mecklenburg County have 287(g)?", Listed, "VA", "only in Virginia" },
        // Several states: ask which.
        { "does washington county have 287g", Ambiguous, null, "Which state do you mean?" },
        { "Is Polk County working with ICE?", Ambiguous, null, "Florida, Georgia, Texas" },
        { "jefferson county 287g?", Ambiguous, null, "Which state" },
        { "¿El condado de Jackson tiene 287(g)?", Ambiguous, null, "¿En qué estado?" },
        // Not on the list: never "does not cooperate".
        { "Does Mecklenburg County NC have a 287(g) agreement?", NotListed, "NC", "does not show Mecklenburg County, NC" },
        { "Does the Wake County sheriff work with ICE?", NotListed, null, "does not show Wake County" },
        { "does travis county have a 287g agreement", NotListed, null, "It does not show if a jail holds people for ICE (detainers)" },
        { "Is Maricopa County in 287(g)?", NotListed, null, "may still work with ICE in other ways" },
        { "does multnomah county oregon work with ice", NotListed, "OR", "Multnomah County, OR" },
        { "¿El condado de Cook tiene 287(g)?", NotListed, null, "no muestra el condado de Cook" },
        // Pending only.
        { "Does Madison County AL have 287g", Pending, "AL", "ICE lists it as pending" },
        { "Is Cache County Utah in the 287(g) program?", Pending, "UT", "Cache County Sheriff's Office: Warrant Service Officer" },
        { "¿El condado de Tazewell tiene 287(g)?", Pending, "VA", "pendiente" },
        { "Does the Largo police department work with ICE?", Pending, "FL", "Largo Police Department" },
        { "Rooks County KS 287g", Pending, "KS", "Rooks County" },
        // A state alone: its count and models.
        { "How many 287(g) agreements are there in Texas?", State, "TX", "93 agencies in Texas with 118 agreements" },
        { "¿Cuántos acuerdos 287(g) hay en Florida?", State, "FL", "agencias de Florida" },
        { "Does California have any 287(g) agreements?", State, "CA", "shows no agency in California" },
        { "which counties in North Carolina work with ICE", State, "NC", "22 agreements" },
        { "287g NC?", State, "NC", "North Carolina" },
    };

    [Theory]
    [MemberData(nameof(PlaceQuestions))]
    public void A_place_question_is_answered_from_ICEs_list_dated_and_cited(string question, string outcome, string? state, string expected)
    {
        var answer = _answers.Ask(question);

        AssertFromTheList(answer, outcome, state, expected);
    }

    public static TheoryData<string, string[], string, string?, string> ConversationQuestions => new()
    {
        { "Oregon", ["does washington county have 287g"], NotListed, "OR", "Washington County, OR" },
        { "Florida", ["Is Polk County working with ICE?"], Listed, "FL", "Polk County, FL" },
        { "in Texas", ["jefferson county 287g?"], Listed, "TX", "Jefferson County, TX" },
        { "does my county work with ICE?", ["Does Gaston County NC work with ICE?"], Listed, "NC", "Gaston County Sheriff's Office" },
        { "¿y mi condado?", ["¿El condado de Harris tiene 287(g)?"], Listed, "GA", "Harris County" },
        { "what about Brevard?", ["Does Lee County FL have 287g?"], Listed, "FL", "Brevard County" },
        { "does my county work with ice", ["How many 287(g) agreements are there in Texas?"], State, "TX", "Which county or city?" },
    };

    [Theory]
    [MemberData(nameof(ConversationQuestions))]
    public void A_place_given_earlier_in_the_conversation_is_used(string question, string[] history, string outcome, string? state, string expected)
    {
        var answer = _answers.AskInConversation(question, history);

        AssertFromTheList(answer, outcome, state, expected);
    }

    [Theory]
    [InlineData("What is 287(g)?", "287g")]
    [InlineData("How many 287(g) agreements were there in 2020?", "287g-numbers")]
    [InlineData("is my sheriff working with ICE", "287g")]
    [InlineData("What is the 287(g) Jail Enforcement Model?", "jail-model")]
    [InlineData("Is it true ICE did raids in Austin to punish the Travis County sheriff for limiting cooperation?", "austin-raids")]
    [InlineData("el sheriff firmo algo que se llama warrant service officer, eso que es? es lo mismo que el 287g?", null)]
    [InlineData("since our sheriff started working with ICE, deputies pull over every Latino guy in a work truck. Is this something that's been documented in other places?", null)]
    [InlineData("what did the feds find when they investigated the maricopa county sheriffs office", null)]
    [InlineData("Does the Harris County jail honor ICE detainers?", null)]
    [InlineData("I saw a news article about a sheriff in Texas who helped ICE hold a US citizen. Who wrote it?", null)]
    [InlineData("q es eso del 287g? el sheriff de su condado lo tiene y todos tienen miedo", null)]
    public void Questions_on_287g_in_general_or_on_other_subjects_stay_with_the_cards(string question, string? card)
    {
        var answer = _answers.Ask(question);

        Assert.NotEqual(AnswerKinds.Local287g, answer.Kind);
        Assert.Null(answer.Local287g);
        if (card is not null)
        {
            Assert.Equal(card, answer.CardId);
        }
    }

    [Fact]
    public void A_follow_up_that_is_not_about_a_place_is_read_with_the_287g_card()
    {
        var answer = _answers.AskInConversation("what does that mean?", ["Does Gaston County NC work with ICE?"]);

        Assert.NotEqual(AnswerKinds.Local287g, answer.Kind);
        Assert.Equal("287g", answer.Retrieval?.Context);
    }

    [Fact]
    public void The_answer_lists_models_and_dates_and_offers_the_papers_card_on_the_model()
    {
        var answer = _answers.Ask("Does the Gaston County sheriff work with ICE?");

        var agency = Assert.Single(answer.Local287g!.Agencies);
        Assert.Equal(("Gaston County Sheriff's Office", "NC", "Gaston County"), (agency.Agency, agency.State, agency.County));
        Assert.Equal([new MatchedModel("Jail Enforcement Model", "2020-06-09")], agency.Models);
        Assert.Equal("2025-07-18", answer.Local287g.ListAsOf);
        Assert.Equal("https://www.ice.gov/287g", answer.Local287g.ListUrl);
        Assert.Contains(answer.FollowUps, f => f.Id == "jail-model");
        Assert.Contains(answer.FollowUps, f => f.Id == "287g");
        Assert.Equal("287g-local:NC:County:gaston", answer.Context);
        Assert.Null(answer.CardId);
    }

    [Theory]
    [InlineData("Does the Gaston County sheriff work with ICE?")]
    [InlineData("¿El condado de Harris tiene 287(g)?")]
    [InlineData("Does Brevard County have a 287(g) agreement?")]
    [InlineData("¿El condado de Cook tiene 287(g)?")]
    [InlineData("How many 287(g) agreements are there in Texas?")]
    [InlineData("¿Cuántos acuerdos 287(g) hay en Florida?")]
    [InlineData("does washington county have 287g")]
    [InlineData("Is Cache County Utah in the 287(g) program?")]
    public void The_SMS_summary_fits_in_two_segments_with_room_for_the_prompt(string question)
    {
        var answer = _answers.Ask(question);

        Assert.Equal(AnswerKinds.Local287g, answer.Kind);
        Assert.True(SmsSegments.Count(answer.Summary! + " Reply MORE for the full answer.") <= 2, $"{SmsSegments.Count(answer.Summary!)} segments: {answer.Summary}");
        Assert.Contains("[1]", answer.Summary);
    }

    [Fact]
    public void A_list_older_than_StaleAfter_may_be_out_of_date_and_a_recent_one_is_not_said_so()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 1, 12, 0, 0, TimeSpan.Zero));
        var answers = new AnswerService(knowledge.Index, Options.Create(new AnswerOptions { AnswerCacheSize = 0 }), ArcticXsEmbedder.Shared, Options.Create(new Local287gOptions()), clock);

        var fresh = answers.Ask("Does Brevard County have a 287(g) agreement?");
        clock.Advance(TimeSpan.FromDays(30));
        var stale = answers.Ask("Does Brevard County have a 287(g) agreement?");
        var spanish = answers.Ask("¿El condado de Harris tiene 287(g)?");

        Assert.False(fresh.Local287g!.MayBeOutOfDate);
        Assert.DoesNotContain("out of date", fresh.Text, StringComparison.Ordinal);
        Assert.True(stale.Local287g!.MayBeOutOfDate);
        Assert.Contains("This list may be out of date", stale.Text, StringComparison.Ordinal);
        Assert.Contains("out of date", stale.Summary, StringComparison.Ordinal);
        Assert.Contains("desactualizada", spanish.Text, StringComparison.Ordinal);
    }

    private static void AssertFromTheList(Answer answer, string outcome, string? state, string expected)
    {
        Assert.Equal(AnswerKinds.Local287g, answer.Kind);
        var facts = answer.Local287g!;
        Assert.Equal(outcome, facts.Outcome);
        Assert.Equal(state, facts.State);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        // Dated and cited: ICE's list as of its date, with ICE's page linked.
        Assert.Equal("2025-07-18", answer.AsOf);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(("ice-287g-delegation", "https://www.ice.gov/287g", "2025-07-18"), (citation.Id, citation.Url, citation.Date));
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Contains("https://www.ice.gov/287g", answer.Text, StringComparison.Ordinal);
        if (outcome != Ambiguous)
        {
            Assert.Contains(answer.Language == Language.Spanish ? "18 de julio de 2025" : "July 18, 2025", answer.Text, StringComparison.Ordinal);
        }
        // Never "does not cooperate" / "does not work with ICE" as a finding.
        Assert.DoesNotMatch(@"(?i)(does not|doesn't) (cooperate|work with ICE)\.", answer.Text);
        if (outcome is NotListed or Pending)
        {
            Assert.Contains(answer.Language == Language.Spanish ? "detainers" : "detainers", answer.Text, StringComparison.Ordinal);
        }
        if (outcome is Listed)
        {
            Assert.NotEmpty(facts.Agencies);
            Assert.All(facts.Agencies, a => Assert.All(a.Models, m => Assert.NotNull(m.Signed)));
        }
        Assert.NotNull(answer.Summary);
    }
}
