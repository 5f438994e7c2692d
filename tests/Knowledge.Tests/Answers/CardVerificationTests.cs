using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// The verification stage: a card that shares a word with a question but does not account for what
/// it asks is not its answer (a choice or a decline instead), and the same words in a question the
/// card does answer still get it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public class CardVerificationTests(KnowledgeFixture knowledge)
{
    [Theory]
    [InlineData("what's a good recipe for tamales")]
    [InlineData("how do I get a quokka license in my state?")]
    [InlineData("how do i get a hunting license")]
    [InlineData("who is in charge of ICE right now")]
    [InlineData("who is the sheriff in my county now")]
    [InlineData("what's the phone number of the ICE field office so I can pay my brother's immigration bond")]
    [InlineData("can I marry my partner to fix my papers")]
    [InlineData("does E-Verify tell ICE about me when I start a job")]
    [InlineData("will the background check for my new job show that I have no papers")]
    [InlineData("how do I renew my work permit")]
    [InlineData("¿Si me caso con un ciudadano me dan la residencia?")]
    [InlineData("¿Cuál es el teléfono de ICE para pagar una fianza?")]
    [InlineData("do I have to keep wearing the ankle monitor ICE gave me")]
    [InlineData("tengo que reportarme con ICE cada mes, me pueden detener?")]
    // Ways of asking that name a subject the sources leave out: where a detained person is, what to say when stopped.
    [InlineData("my wife got picked up by immigration yesterday, how can I learn where they took her")]
    [InlineData("¿dónde tienen a mi esposo?")]
    [InlineData("if a cop stops me for speeding do I have to say where I'm from")]
    [InlineData("¿tengo que mostrarle mis papeles al policía?")]
    [InlineData("Tengo cita con inmigración el lunes. ¿Me van a detener?")]
    [InlineData("ICE gave me a check-in date next week. Will they hold me if I go?")]
    public void A_question_that_shares_a_word_with_a_card_but_asks_something_else_is_not_answered_with_it(string question)
    {
        var answer = knowledge.Answers.Ask(question);

        Assert.NotEqual(AnswerKinds.Card, answer.Kind);
        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("ICE picked up my son last night and nobody told us where they took him. Can the jail hold him on a detainer?")]
    [InlineData("my husband is in county jail and I don't know where they are holding him now, can ICE put a hold on him?")]
    [InlineData("the police stopped me and took my fingerprints, do I have to worry ICE gets them?")]
    public void A_story_that_mentions_a_subject_the_sources_leave_out_on_the_way_to_its_question_is_answered(string question)
    {
        var answer = knowledge.Answers.Ask(question);

        Assert.Equal(AnswerKinds.Card, answer.Kind);
        Assert.True(answer.Answered);
    }

    [Theory]
    [InlineData("Can ICE see my driver's license records?", "dmv")]
    [InlineData("can ICE arrest me at the courthouse", "courthouse")]
    [InlineData("my brother is in jail right now and ICE put a hold on him, what does that mean", "detainers")]
    [InlineData("How many 287(g) agreements are there now?", "287g-numbers")]
    [InlineData("did Biden promise to end 287(g) when he was running?", "biden-287g-pledge")]
    // "Now" that tells where people are (in removal proceedings) is their situation, not the present.
    [InlineData("Does the paper want anything done for people who were profiled by 287(g) deputies and who are now in removal proceedings?", "trial-attorney-guidance")]
    // "USA Today" is a newspaper the paper cites, not the present.
    [InlineData("what did USA Today write about the ICE raids in 2017", "raids-non-criminals")]
    public void The_same_words_in_a_question_the_card_answers_still_get_it(string question, string card)
    {
        var answer = knowledge.Answers.Ask(question);

        Assert.Equal(AnswerKinds.Card, answer.Kind);
        Assert.Equal(card, answer.CardId);
    }

    [Fact]
    public void Right_now_said_of_a_person_in_another_sentence_is_that_persons_life_and_is_answered()
    {
        var answer = knowledge.Answers.Ask("My cousin was arrested last week. Is it legal for the jail to hold him for ICE right now?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(AnswerKinds.Card, answer.Kind);
    }

    [Theory]
    [InlineData("which counties currently have 287(g) agreements", "My sources are from 2020")]
    [InlineData("¿Qué condados tienen acuerdos 287(g) actualmente?", "Mis fuentes son de 2020")]
    // The first person in another sentence does not make the question about the writer's life.
    [InlineData("Is Miami a sanctuary city right now? We are thinking of moving there.", "My sources are from 2020")]
    // Its last sentence alone would be a card's ("will the police call ICE if I report?"); the message asks how a place stands today.
    [InlineData("Is Dallas a sanctuary city right now? If I report a robbery will DPD call ICE on me?", "My sources are from 2020")]
    // "Our county", "nuestro condado": the first person owns a place, and the question asks how the place stands.
    [InlineData("We live in Harris County. Is our county still sending people to ICE today?", "My sources are from 2020")]
    [InlineData("¿Nuestra cárcel todavía le manda las huellas a ICE hoy?", "Mis fuentes son de 2020")]
    // Whether the president the paper writes to did what it asks happened after it.
    [InlineData("did the new president really end secure communities like the paper wanted", "My sources are from 2020")]
    [InlineData("¿Biden sí terminó los acuerdos 287(g)?", "Mis fuentes son de 2020")]
    public void A_question_about_the_present_is_offered_what_the_2020_sources_said_not_answered(string question, string lead)
    {
        var answer = knowledge.Answers.Ask(question);

        Assert.False(answer.Answered);
        Assert.StartsWith(lead, answer.Text);
        if (answer.Kind == AnswerKinds.DidYouMean)
        {
            Assert.NotEmpty(answer.DidYouMean);
        }
    }

    [Fact]
    public void The_verification_is_shown_with_the_scores()
    {
        var answer = knowledge.Answers.Ask("what's the phone number of the ICE office to pay an immigration bond");

        Assert.Equal("bond", answer.Retrieval?.Verification?.OutOfScopeTopic);
        Assert.True(answer.Retrieval!.Verification!.OutOfScopeShare > 0);
    }

    [Fact]
    public void The_scores_show_how_close_the_runner_up_came_and_what_the_fused_score_is_made_of()
    {
        var scores = knowledge.Answers.Ask("can ICE arrest me at the courthouse").Retrieval!;

        Assert.NotNull(scores.RunnerUp);
        Assert.NotEqual(scores.Fused!.Id, scores.RunnerUp!.Id);
        Assert.True(scores.RunnerUp.Score <= scores.Fused.Score);
        Assert.InRange(scores.FusedLexical!.Value, 0, 1);
        Assert.InRange(scores.FusedSemantic!.Value, 0.5, 1);
    }

    [Fact]
    public void A_card_nearly_as_close_that_leaves_less_of_the_question_out_answers_instead()
    {
        // The raids card shares "ICE" and "operations"; the card on sensitive places also has "places".
        const string question = "Which places does the paper say ICE should never carry out its operations at";
        var withoutSwap = AnswerService.ForSnapshot(knowledge.Index.Current, new AnswerOptions { Calibration = new RoutingCalibration { CoverageSwapMargin = 0 } }, ArcticXsEmbedder.Shared);

        var answer = knowledge.Answers.Ask(question);
        var nearest = withoutSwap.Ask(question);

        Assert.Equal("raids", nearest.CardId);
        Assert.Equal("sensitive-places", answer.CardId);
        Assert.True(answer.Retrieval!.Verification!.Coverage >= nearest.Retrieval!.Verification!.Coverage + new RoutingCalibration().MinCoverageGain);
    }
}
