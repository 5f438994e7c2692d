using System.Text;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// Match the kind of question: a card says which kinds it answers; a number, time or date question
/// is answered first with that fact or with "the paper does not give…"; a follow-up that changes the
/// kind stays on the topic and moves to the card that answers it; context never sends the same
/// answer twice in a row; "what can I do" after a topic gives the directories and the topic's card.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public class QuestionKindAnswerTests(KnowledgeFixture knowledge)
{
    private readonly AnswerService _answers = knowledge.Answers;

    private static string FirstSentence(Answer answer) => answer.Text.Split(["\n", ". "], 2, StringSplitOptions.None)[0];

    private static string FirstParagraph(Answer answer) => answer.Text.Split("\n\n", 2, StringSplitOptions.None)[0];

    [Fact]
    public void Every_card_states_its_kinds_and_a_card_holding_numbers_says_it_answers_how_many()
    {
        using var lease = knowledge.Index.Acquire();
        foreach (var card in lease.Snapshot.Cards.Cards)
        {
            Assert.Contains(QuestionKind.What, card.Kinds);
            var holdsNumbers = FactSentences.Split(card.Answer).Any(s => FactSentences.Holds(s, QuestionKind.HowMany));
            Assert.True(!holdsNumbers || card.Answers(QuestionKind.HowMany), $"{card.Id} holds a number but does not list how-many");
        }
    }

    [Fact]
    public void A_how_many_question_gets_the_number_first()
    {
        var answer = _answers.Ask("how many 287(g) agreements are there?");

        Assert.Equal("287g-numbers", answer.CardId);
        // The latest count the card holds, not the 2016 one it gives first.
        Assert.Matches(@"\b151\b", FirstSentence(answer));
    }

    [Fact]
    public void A_how_long_question_the_paper_does_not_answer_says_so_first()
    {
        var answer = _answers.Ask("how long can a jail hold someone for ICE?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Matches("(?i)does not (say|give)", FirstSentence(answer));
    }

    [Theory]
    [InlineData("what is 287(g)?", "and how many are there now?", @"\b151\b")]
    [InlineData("what did trump do to sanctuary cities?", "did the courts stop it?", "(?i)court")]
    [InlineData("what is secure communities?", "when did it end?", @"\b2014\b")]
    public void A_follow_up_that_changes_the_kind_stays_on_the_topic_and_moves_to_the_card_that_answers_it(string first, string followUp, string expected)
    {
        var answer = _answers.AskInConversation(followUp, [first]);
        var earlier = _answers.Ask(first);

        Assert.True(answer.Answered, answer.Text);
        Assert.Matches(expected, answer.Text);
        Assert.NotEqual(earlier.Text, answer.Text);
    }

    [Fact]
    public void A_date_asked_of_the_answer_just_given_is_answered_from_that_card_date_first()
    {
        var first = _answers.Ask("how many counties limit their cooperation with ICE?");
        var again = _answers.AskInConversation("and what year was that from?", ["how many counties limit their cooperation with ICE?"]);

        Assert.True(again.Answered, again.Text);
        Assert.Equal(first.CardId, again.CardId);
        Assert.Matches(@"\b(19|20)\d\d\b", FirstSentence(again));
        Assert.NotEqual(first.Text, again.Text);
    }

    [Theory]
    [InlineData("ICE agents questioned my cousin at the county jail and never said who they were", "is that even legal?", "due process")]
    [InlineData("unos agentes de la migra hablaron con mi tio en la carcel y no dijeron quienes eran", "¿y eso es legal?", "debido proceso")]
    public void Is_that_legal_asked_of_the_answer_just_given_gets_what_that_card_says_of_the_law_first(string first, string followUp, string law)
    {
        var earlier = _answers.Ask(first);
        var answer = _answers.AskInConversation(followUp, [first]);

        Assert.Equal("jail-interview", earlier.CardId);
        Assert.Equal(earlier.CardId, answer.CardId);
        Assert.Contains(law, FirstSentence(answer), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(earlier.Text, answer.Text);
    }

    [Fact]
    public void A_follow_up_asking_for_examples_gets_the_examples_not_only_the_sentence_that_announces_them()
    {
        var answer = _answers.AskInConversation("real examples please, with the names of the places", ["does working with ICE lead to racial profiling?"]);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("racial-profiling", answer.CardId);
        Assert.Matches("(?i)last name", FirstParagraph(answer));
    }

    [Theory]
    [InlineData("what is an ICE hold", "ok so what should they do instead of that", "(?i)asks the new President to end detainers")]
    [InlineData("¿qué es un detainer de ICE?", "y qué propone el documento en vez de eso?", "(?i)pide al nuevo presidente que elimine")]
    public void What_should_happen_instead_asked_of_the_answer_just_given_gets_what_the_paper_asks_for_first(string first, string followUp, string asks)
    {
        var earlier = _answers.Ask(first);
        var answer = _answers.AskInConversation(followUp, [first]);

        Assert.Equal("detainers", earlier.CardId);
        Assert.Equal(earlier.CardId, answer.CardId);
        Assert.Matches(asks, FirstSentence(answer));
        Assert.NotEqual(earlier.Text, answer.Text);
    }

    [Theory]
    [InlineData("Does the paper mention ICE raids in Austin?", "why did they do it there", "austin-raids", "(?i)retaliation|payback")]
    [InlineData("why does the paper want to end ICE's programs with local police?", "why is that bad?", "dismantle-partnerships", "(?i)racial profiling")]
    public void Why_asked_of_a_card_about_a_reason_gets_that_reason_first(string first, string followUp, string card, string reason)
    {
        var earlier = _answers.Ask(first);
        var answer = _answers.AskInConversation(followUp, [first]);

        Assert.Equal(card, earlier.CardId);
        Assert.Equal(card, answer.CardId);
        Assert.Matches(reason, FirstSentence(answer) + " " + answer.Text.Split("\n\n")[0]);
        Assert.NotEqual(earlier.Text, answer.Text);
    }

    [Theory]
    [InlineData("what did Biden promise about deportations?", "and after the 100 days?", "felon")]
    [InlineData("¿Qué prometió Biden sobre las deportaciones?", "¿y después de los 100 días?", "delitos graves")]
    public void The_part_a_follow_up_asks_for_comes_first_not_the_summary_again(string first, string followUp, string part)
    {
        var earlier = _answers.Ask(first);
        var answer = _answers.AskInConversation(followUp, [first]);

        Assert.Equal(earlier.CardId, answer.CardId);
        Assert.Contains(part, FirstSentence(answer), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(earlier.Text, answer.Text);
    }

    [Fact]
    public void A_follow_up_with_no_topic_of_its_own_prefers_the_cards_chosen_for_the_previous_answer()
    {
        var first = _answers.Ask("there is an ice detainer on my brother, what is that exactly");
        var answer = _answers.AskInConversation("right, and what does the paper think should be done instead of that?", ["there is an ice detainer on my brother, what is that exactly"]);

        Assert.Equal("detainers", first.CardId);
        Assert.Contains(answer.CardId, first.FollowUps.Select(c => c.Id).Append(first.CardId!));
    }

    [Fact]
    public void A_follow_up_that_names_another_topic_goes_to_that_topic()
    {
        var answer = _answers.AskInConversation("can they take him at his court date", ["ICE put a hold on my son at the county jail"]);

        Assert.Equal("courthouse", answer.CardId);
    }

    [Fact]
    public void The_same_card_asked_again_is_not_sent_again_word_for_word()
    {
        var first = _answers.Ask("how many 287(g) agreements are there?");
        var again = _answers.Ask("and how many before?", first.CardId);

        Assert.True(again.Answered, again.Text);
        Assert.NotEqual(first.Text, again.Text);
        Assert.Matches(@"\b34\b", FirstSentence(again));
        Assert.DoesNotContain(again.FollowUps, c => c.Id == first.CardId);
    }

    [Fact]
    public void The_mothers_four_messages_get_four_different_fitting_answers()
    {
        string[] messages = ["ICE put a hold on my son at the county jail", "how long can they keep him", "what can i do", "can they take him at his court date"];
        var answers = new List<Answer>();
        string? previous = null;
        foreach (var message in messages)
        {
            var answer = _answers.Ask(message, previous);
            answers.Add(answer);
            previous = answer.CardId ?? previous;
        }

        Assert.All(answers, a => Assert.True(a.Answered, a.Text));
        Assert.Equal(4, answers.Select(a => a.Text).Distinct().Count());
        Assert.Matches("(?i)detainer|hold", answers[0].Text);
        Assert.Matches("(?i)does not (say|give)", FirstSentence(answers[1]));
        Assert.Contains("Legal Services Directory", answers[2].Text, StringComparison.Ordinal);
        Assert.Matches("(?i)detainer", answers[2].Text);
        Assert.Equal("courthouse", answers[3].CardId);
    }

    [Fact]
    public void A_three_thousand_character_story_is_answered_from_its_question()
    {
        var story = new StringBuilder("sorry this is long. ");
        while (story.Length < 2900)
        {
            story.Append("we have lived here for many years and my kids go to school here and we work hard every day. ");
        }
        story.Append("My brother is in the county jail and they said ICE put a hold on him. What is an ICE detainer?");

        var answer = _answers.Ask(story.ToString());

        Assert.True(story.Length > 2900, story.Length.ToString());
        Assert.Equal(AnswerKinds.Card, answer.Kind);
        Assert.Equal("detainers", answer.CardId);
    }
}
