using System.Text;
using System.Text.Json;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// Messages as people write them: with their name and number in them, long stories, two
/// questions at once, follow-ups that lean on the last answer, mixed languages.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public class MessageAnswerTests(KnowledgeFixture knowledge)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly AnswerService _answers = knowledge.Answers;

    [Theory]
    [InlineData("Hi, my name is Rosalind Quintero Vega, DOB 04/12/1987, cell (832) 555-0147, email rqv1987@example.com. I have traffic court next week. Can ICE arrest me at the courthouse?",
        new[] { "Rosalind", "Quintero", "555-0147", "04/12/1987", "rqv1987" })]
    [InlineData("Hola, me llamo Guadalupe Ríos Mendoza, mi cel es 713-555-0182 y naci el 9/8/1990. A mi esposo le pusieron un detainer en la carcel. ¿Qué es un detainer?",
        new[] { "Guadalupe", "Ríos", "Mendoza", "555-0182", "9/8/1990" })]
    [InlineData("my brother's A-number is A 201-555-987 and he lives at 1234 Elm Street. he is in county jail with an ICE hold, what does that mean?",
        new[] { "201-555-987", "1234 Elm" })]
    public void Personal_details_are_answered_around_and_never_echoed(string message, string[] details)
    {
        var answer = _answers.Ask(message);

        Assert.True(answer.Answered, answer.Text);
        var json = JsonSerializer.Serialize(answer, Json);
        Assert.All(details, d => Assert.DoesNotContain(d, json, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_two_thousand_character_story_is_read_for_its_question()
    {
        var story = new StringBuilder("ok this is long, sorry. ");
        while (story.Length < 1700)
        {
            story.Append("my uncle has lived here twenty years and works nights at a bakery, and his kids go to the school down the street. ");
        }
        story.Append("last week he got pulled over and taken to the county jail. the jail told my aunt that ICE put a hold on him. what is an ICE detainer and what does it ask the jail to do?");
        var message = story.ToString();
        Assert.InRange(message.Length, 1900, 2000);

        var answer = _answers.Ask(message);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("detainer", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(answer.ReadingGrade <= ReadingGrade.TargetGrade + 2);
    }

    [Fact]
    public void Two_questions_in_one_message_get_both_answers_with_one_citation_list()
    {
        var answer = _answers.Ask("two questions: 1) what is the Criminal Alien Program? 2) what is a 287(g) agreement?");

        Assert.True(answer.Answered);
        Assert.Contains("Question 1:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Question 2:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Criminal Alien Program", answer.Text, StringComparison.Ordinal);
        // One card's summary would leave the other question out.
        Assert.Null(answer.Summary);
        Assert.Contains("287(g)", answer.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Number));
        Assert.All(CitationMarkers.Numbers(answer.Text), n => Assert.InRange(n, 1, answer.Citations.Count));
        Assert.Equal(answer.Citations.Count, answer.Citations.DistinctBy(c => c.Id).Count());
    }

    [Theory]
    [InlineData("what's the difference between 287g and secure communities", "287(g)", "Secure Communities")]
    [InlineData("¿cuál es la diferencia entre CAP y 287(g)?", "CAP", "287(g)")]
    public void A_comparison_no_card_is_about_gets_each_subjects_answer(string message, string first, string second)
    {
        var answer = _answers.Ask(message);

        Assert.True(answer.Answered, answer.Text);
        var parts = answer.Text.Split("\n\n");
        Assert.Contains(parts, p => p.Contains(first, StringComparison.Ordinal) && p.StartsWith(ReplyTexts.PartHeading(answer.Language, 1), StringComparison.Ordinal));
        Assert.Contains(parts, p => p.StartsWith(ReplyTexts.PartHeading(answer.Language, 2), StringComparison.Ordinal));
        Assert.Contains(second, answer.Text, StringComparison.Ordinal);
        Assert.All(CitationMarkers.Numbers(answer.Text), n => Assert.InRange(n, 1, answer.Citations.Count));
    }

    [Theory]
    [InlineData("what is an ICE detainer and is it legal?", "detainers")]
    [InlineData("¿qué es Comunidades Seguras y cuándo empezó?", "fingerprints")]
    public void One_sentence_asking_two_things_gets_both_answers_the_second_read_as_a_follow_up(string message, string firstCard)
    {
        var answer = _answers.Ask(message);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(firstCard, answer.CardId);
        Assert.StartsWith(ReplyTexts.PartHeading(answer.Language, 1), answer.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n" + ReplyTexts.PartHeading(answer.Language, 2), answer.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Number));
    }

    [Theory]
    [InlineData("can ICE and the police share my data?")]
    [InlineData("what happens when ICE and the sheriff work together")]
    public void One_thing_asked_with_and_in_it_gets_one_answer(string message)
    {
        var answer = _answers.Ask(message);

        Assert.DoesNotContain(ReplyTexts.PartHeading(answer.Language, 1), answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_a_card_is_about_gets_that_card()
    {
        var answer = _answers.Ask("what is the difference between an ICE detainer and a notification request?");

        Assert.Equal("detainer-vs-notice", answer.CardId);
        Assert.DoesNotContain(ReplyTexts.PartHeading(answer.Language, 1), answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is a 287(g) agreement? And what is the Criminal Alien Program?")]
    [InlineData("¿Qué es un acuerdo 287(g)? ¿Y qué es el Programa de Extranjeros Criminales?")]
    public void A_second_question_after_and_that_names_its_own_subject_gets_its_own_answer(string message)
    {
        var answer = _answers.Ask(message);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Language == "es" ? "Pregunta 2:" : "Question 2:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_question_asked_twice_over_is_answered_once()
    {
        var answer = _answers.Ask("Is it true ICE did raids in Austin to punish the sheriff? Did a judge really say that?");

        Assert.True(answer.Answered);
        Assert.DoesNotContain("Question 2:", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("So the courts stopped Trump from punishing sanctuary cities, right? Or did the pressure still work on some places?")]
    [InlineData("What is a detainer? And how is it different from a notice?")]
    public void A_second_sentence_that_leans_on_the_first_is_not_a_second_question(string message)
    {
        var answer = _answers.Ask(message);

        Assert.True(answer.Answered);
        Assert.DoesNotContain("Question 2:", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok thank u so much, ur the best 🙏 have a good night")]
    [InlineData("muchas gracias por la ayuda, buenas noches")]
    public void Thanks_and_goodbyes_get_a_welcome_not_an_answer(string message)
    {
        Assert.Equal(AnswerKinds.Welcome, _answers.Ask(message).Kind);
    }

    [Fact]
    public void A_follow_up_is_read_with_the_topic_of_the_last_answer()
    {
        var first = _answers.Ask("what is 287(g)?");
        var followUp = _answers.Ask("how many are there now?", first.CardId);

        Assert.True(followUp.Answered, followUp.Text);
        Assert.Equal(first.CardId, followUp.Retrieval?.Context);
        Assert.Contains("151", followUp.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversation_given_as_history_reads_the_follow_up_in_it()
    {
        var first = _answers.Ask("my son is in jail and they say ICE has a hold on him");
        var inConversation = _answers.AskInConversation("how long can they keep him there?", ["my son is in jail and they say ICE has a hold on him"]);

        Assert.True(inConversation.Answered, inConversation.Text);
        Assert.Equal(first.CardId, inConversation.Retrieval?.Context);
        Assert.Matches("(?i)detainer|hold", inConversation.Text);
    }

    [Fact]
    public void A_question_on_a_topic_the_sources_leave_out_is_declined_even_when_it_sounds_close()
    {
        var answer = _answers.Ask("what does it cost to get my dad out of ICE detention on a bond, and who do we pay?");

        Assert.Equal(AnswerKinds.Decline, answer.Kind);
        Assert.StartsWith("out-of-scope:", answer.Retrieval?.OutOfScope?.Id);
    }

    [Fact]
    public void A_question_about_a_year_after_the_sources_says_how_old_they_are()
    {
        var later = _answers.Ask("Did the government end 287(g) agreements in 2022?");
        var personal = _answers.Ask("My court date is in March 2027. Can ICE arrest me at the courthouse?");

        Assert.False(later.Answered);
        Assert.Contains("2022", later.Text, StringComparison.Ordinal);
        Assert.True(personal.Answered, personal.Text);
        Assert.Equal("courthouse", personal.CardId);
    }

    [Fact]
    public void A_court_case_the_sources_never_name_is_declined_and_one_they_cite_is_answered()
    {
        var uncited = _answers.Ask("What did the court hold in Marlowe v. Pendergast about jails that honor ICE detainers?");
        var cited = _answers.Ask("What did the 7th Circuit decide in City of Chicago v. Barr?");

        Assert.False(uncited.Answered);
        Assert.Contains("Marlowe v. Pendergast", uncited.Text, StringComparison.Ordinal);
        Assert.True(cited.Answered, cited.Text);
    }

    [Fact]
    public void A_question_in_its_own_words_is_found_by_meaning()
    {
        // Shares almost no words with the card's ways of asking: found by the sentence vectors.
        var answer = _answers.Ask("if i phone the police about a break-in, will immigration hear about me?");

        Assert.True(answer.Answered, answer.Text);
        Assert.NotNull(answer.Retrieval?.Semantic);
        Assert.NotNull(answer.Retrieval?.Fused);
    }

    [Fact]
    public void English_with_a_few_spanish_words_is_answered_in_english()
    {
        var answer = _answers.Ask("my tía says the migra can take people at the courthouse, is that true?");

        Assert.Equal(Language.English, answer.Language);
        Assert.True(answer.Answered);
    }

    [Fact]
    public void A_spanish_question_gets_spanish_follow_ups()
    {
        var answer = _answers.Ask("¿Qué es un detainer de ICE?");

        Assert.Equal(Language.Spanish, answer.Language);
        Assert.NotEmpty(answer.FollowUps);
        Assert.All(answer.FollowUps, f => Assert.Equal(Language.Spanish, Language.Detect(f.Question)));
    }

    [Fact]
    public void The_scores_that_decided_are_reported()
    {
        var answer = _answers.Ask("What is an ICE detainer?");

        Assert.Equal("detainers", answer.Retrieval?.Fused?.Id);
        Assert.InRange(answer.Retrieval!.Semantic!.Score, 0.5, 1.0001);
        Assert.InRange(answer.Retrieval.Lexical!.Score, 0.5, 1.0);
    }
}
