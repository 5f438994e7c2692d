using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public class MessageQuestionsTests
{
    private const string Story =
        "Hello, I hope someone can help me because I do not know who else to ask and I am very worried about my family right now. "
        + "My husband has lived in this country for fifteen years and he has always worked hard in construction, paying taxes every year. "
        + "We have three kids who were all born here and they go to the elementary school down the street from our apartment. "
        + "Last Tuesday he was driving home from work when a county deputy pulled him over for a broken tail light on the truck. "
        + "The deputy asked him for his license and then asked him a lot of questions about where he was born and how long he has been here. "
        + "He was very nervous and he did not know if he had to answer, so he answered everything and told the truth. "
        + "Then the deputy said he had to take him to the county jail because he was driving without a valid license. "
        + "I went to the jail the next morning with my sister and we waited for hours in the lobby without any information at all. "
        + "A lady at the front desk finally told us that he could get out if we paid a bond of five hundred dollars. "
        + "We borrowed the money from my brother-in-law and went back the same afternoon to pay it, but they would not take it. "
        + "They said there was something in the system and that we had to wait until another agency decided what to do with him. "
        + "My sister says that other families at the jail were told the same thing and that people get picked up right at the door. "
        + "Our neighbor told me that our county signed some kind of agreement with immigration a few years ago but I do not understand it. "
        + "My mother-in-law is staying with us to help with the kids while I go to work every morning at the restaurant. "
        + "The kids keep asking when their dad is coming home and I do not know what to tell them, I cannot sleep at night. "
        + "Now a lawyer friend of my cousin says the jail put an ICE detainer on my husband and that they will keep him for ICE. "
        + "Can they really do that?";

    [Fact]
    public void The_story_is_as_long_as_a_long_SMS_thread()
    {
        Assert.InRange(Story.Length, 1800, 2000);
    }

    [Fact]
    public void A_long_story_ending_in_one_question_returns_the_question_with_its_subject()
    {
        var questions = MessageQuestions.Extract(Story);

        var question = Assert.Single(questions);
        Assert.EndsWith("Can they really do that?", question, StringComparison.Ordinal);
        Assert.Contains("ICE detainer on my husband", question, StringComparison.Ordinal);
        Assert.InRange(question.Length, 30, MessageQuestions.MaxQuestionLength);
        Assert.DoesNotContain("tail light", question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_story_with_a_self_contained_question_returns_just_that_question()
    {
        var message = Story[..Story.LastIndexOf("Can they", StringComparison.Ordinal)]
            + "Can the county jail hold someone on an ICE detainer after the bond is paid?";

        var question = Assert.Single(MessageQuestions.Extract(message));

        Assert.Equal("Can the county jail hold someone on an ICE detainer after the bond is paid?", question);
    }

    [Theory]
    [InlineData("hello, i am writing for my grandma who reads little english. what does a 287(g) agreement mean", "what does a 287(g) agreement mean")]
    [InlineData("Thanks for the last answer. Sorry to bother you again. Can the jail keep someone for ICE on a detainer?", "Can the jail keep someone for ICE on a detainer?")]
    [InlineData("I was arrested last week. Is it legal for the jail to hold me for ICE?", "Is it legal for the jail to hold me for ICE?")]
    public void The_asking_part_of_several_sentences_is_the_sentence_that_asks(string message, string asking)
    {
        Assert.Equal(asking, MessageQuestions.AskingPart(message));
    }

    [Theory]
    [InlineData("What is an ICE detainer?")]
    [InlineData("My boss pays me less than the others. Is that legal?")]
    [InlineData("they moved my dad and nobody says where. how do i find him")]
    // Its subject is a thing the sentence before named: alone, it would ask about immigration status in general.
    [InlineData("My landlord wants to run a background check on me. Will it show my immigration status?")]
    [InlineData("Me pidieron un chequeo de antecedentes para el trabajo. ¿Eso le dice a inmigración mi estatus?")]
    public void A_single_sentence_or_an_asking_sentence_that_names_no_topic_has_no_asking_part(string message)
    {
        Assert.Null(MessageQuestions.AskingPart(message));
    }

    [Theory]
    [InlineData("What is an ICE detainer?")]
    [InlineData("can la migra come to my house without a warrant")]
    [InlineData("My cousin said ICE can go into churches now. Is that true? What happened?")]
    [InlineData("is that true? what happened?")]
    [InlineData("  what is 287g?? 🙏🙏  ")]
    [InlineData("¿Qué es un acuerdo 287(g)? Mi sheriff tiene uno.")]
    [InlineData("y eso es legal?")]
    [InlineData("CAN ICE COME TO MY JOB? MY BOSS SAYS THEY CAN")]
    public void A_short_message_with_one_question_is_returned_as_typed(string message)
    {
        Assert.Equal([message.Trim()], MessageQuestions.Extract(message));
    }

    [Fact]
    public void Numbered_questions_are_returned_separately_in_order()
    {
        var questions = MessageQuestions.Extract(
            "Two questions: 1) can ICE arrest me at the courthouse when I go to my hearing? 2) does my county share fingerprints with ICE?");

        Assert.Equal(
            ["can ICE arrest me at the courthouse when I go to my hearing?", "does my county share fingerprints with ICE?"],
            questions);
    }

    [Fact]
    public void Numbered_questions_on_separate_lines_with_dots()
    {
        var questions = MessageQuestions.Extract(
            "hi, I have some questions\n1. what is the 287(g) jail model\n2. how many counties in Texas have it\n3. what is a warrant service officer");

        Assert.Equal(3, questions.Count);
        Assert.Equal("what is the 287(g) jail model", questions[0]);
        Assert.StartsWith("how many counties in Texas have it", questions[1], StringComparison.Ordinal);
        Assert.Equal("what is a warrant service officer", questions[2]);
    }

    [Fact]
    public void A_numbered_question_that_leans_on_the_story_borrows_its_subject()
    {
        var questions = MessageQuestions.Extract(
            "My brother was arrested by the sheriff yesterday for driving without a license. "
            + "Two questions: 1) can ICE pick him up from the jail? 2) can he get bail?");

        Assert.Equal(2, questions.Count);
        Assert.Equal(
            "My brother was arrested by the sheriff yesterday for driving without a license. can ICE pick him up from the jail?",
            questions[0]);
        Assert.StartsWith("My brother was arrested", questions[1], StringComparison.Ordinal);
        Assert.EndsWith("can he get bail?", questions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Q1_and_Q2_markers_split()
    {
        var questions = MessageQuestions.Extract("Q1 what was PEP Q2: did Secure Communities come back under Trump?");

        Assert.Equal(["what was PEP", "did Secure Communities come back under Trump?"], questions);
    }

    [Theory]
    [InlineData(
        "2 quick ones: can ICE come into my house without a warrant, and does my city have a 287g deal?",
        "can ICE come into my house without a warrant", "does my city have a 287g deal?")]
    [InlineData(
        "two questions - what is a sanctuary city and can police there hold someone for ICE?",
        "what is a sanctuary city", "can police there hold someone for ICE?")]
    [InlineData(
        "Tengo dos preguntas: ¿qué es un detainer y cuánto tiempo me pueden tener en la cárcel?",
        "¿qué es un detainer", "cuánto tiempo me pueden tener en la cárcel?")]
    public void An_announced_pair_in_one_sentence_splits_at_the_joiner(string message, string first, string second)
    {
        Assert.Equal([first, second], MessageQuestions.Extract(message));
    }

    [Fact]
    public void Spanish_numbered_questions()
    {
        var questions = MessageQuestions.Extract(
            "Buenas tardes, dos preguntas: 1) ¿la policía de Houston trabaja con ICE? 2) ¿el DMV le da mi dirección a la migra?");

        Assert.Equal(["¿la policía de Houston trabaja con ICE?", "¿el DMV le da mi dirección a la migra?"], questions);
    }

    [Fact]
    public void Two_question_sentences_on_different_topics_split()
    {
        var questions = MessageQuestions.Extract("Can ICE arrest people at a hospital? What was Executive Order 13768 about?");

        Assert.Equal(["Can ICE arrest people at a hospital?", "What was Executive Order 13768 about?"], questions);
    }

    [Fact]
    public void A_follow_up_without_its_own_topic_stays_with_its_question()
    {
        var message = Story[..Story.LastIndexOf("Can they", StringComparison.Ordinal)]
            + "Is that even legal? What can we do?";

        var question = Assert.Single(MessageQuestions.Extract(message));

        Assert.EndsWith("Is that even legal? What can we do?", question, StringComparison.Ordinal);
        Assert.Contains("ICE detainer", question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_naming_too_little_borrows_the_subject_from_two_sentences_back()
    {
        const string message = "Good evening. My neighbor heard at church that the sheriff signed a 287(g) agreement with ICE last spring. "
            + "I am 70 years old, my son has no papers, and I cannot sleep at night. What exactly does that allow?";

        var question = Assert.Single(MessageQuestions.Extract(message));

        Assert.Contains("287(g) agreement", question, StringComparison.Ordinal);
        Assert.EndsWith("What exactly does that allow?", question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why do some counties refuse to help ICE? What's their reasoning in the paper?")]
    [InlineData("¿Por qué algunos condados no ayudan a ICE? ¿Qué razón da el documento?")]
    public void A_question_restated_to_ask_for_the_paper_s_reasons_stays_one_question(string message) =>
        Assert.Single(MessageQuestions.Extract(message));

    [Fact]
    public void Emoji_between_questions_do_not_hide_them()
    {
        var questions = MessageQuestions.Extract("😢😢 can the sheriff hold my son for ICE?🙏 and is the DMV sharing our addresses with immigration? 🙏🙏");

        Assert.Equal(2, questions.Count);
        Assert.Equal("can the sheriff hold my son for ICE?", questions[0]);
        Assert.Equal("and is the DMV sharing our addresses with immigration?", questions[1]);
    }

    [Fact]
    public void A_long_message_without_a_question_mark_is_one_question_ending_with_the_ask()
    {
        var message = Story[..Story.LastIndexOf(" Can they", StringComparison.Ordinal)]
            + " I want to know if the jail can keep him for ICE after we pay the bond";

        var question = Assert.Single(MessageQuestions.Extract(message));

        Assert.Equal("I want to know if the jail can keep him for ICE after we pay the bond", question[^69..]);
        Assert.True(question.Length <= MessageQuestions.MaxQuestionLength);
    }

    [Fact]
    public void A_run_on_message_without_punctuation_keeps_its_last_300_characters_from_a_word()
    {
        var message = string.Join(' ', Enumerable.Repeat("my husband was stopped by the police and they took him to jail", 8))
            + " what can we do about the ICE hold";

        var question = Assert.Single(MessageQuestions.Extract(message));

        Assert.True(question.Length <= MessageQuestions.MaxQuestionLength, question);
        Assert.EndsWith("what can we do about the ICE hold", question, StringComparison.Ordinal);
        Assert.False(char.IsWhiteSpace(question[0]));
        Assert.Contains(question.Split(' ')[0], message.Split(' '));
    }

    [Fact]
    public void An_all_caps_message_splits_like_any_other()
    {
        var questions = MessageQuestions.Extract(
            "MY DAD GOT ARRESTED LAST NIGHT AND THEY TOOK HIM TO THE COUNTY JAIL IN DALLAS. "
            + "CAN ICE TAKE HIM FROM THE JAIL? IS THAT LEGAL? ALSO WHAT IS THE 287G PROGRAM AND DOES DALLAS COUNTY HAVE IT?");

        Assert.Equal(2, questions.Count);
        Assert.Equal(
            "MY DAD GOT ARRESTED LAST NIGHT AND THEY TOOK HIM TO THE COUNTY JAIL IN DALLAS. CAN ICE TAKE HIM FROM THE JAIL? IS THAT LEGAL?",
            questions[0]);
        Assert.Equal("ALSO WHAT IS THE 287G PROGRAM AND DOES DALLAS COUNTY HAVE IT?", questions[1]);
    }

    [Fact]
    public void A_long_Spanish_story_returns_the_question_with_its_subject()
    {
        var message =
            "Hola buenas noches, disculpe la hora pero no sé a quién más preguntar y estoy muy preocupada por mi familia. "
            + "Mi esposo tiene doce años aquí y siempre ha trabajado en la construcción, nunca ha tenido problemas con nadie. "
            + "El viernes lo paró la policía del condado cuando regresaba del trabajo porque dijeron que no prendió la direccional. "
            + "Le pidieron la licencia y como no tiene se lo llevaron a la cárcel del condado esa misma noche. "
            + "Fuimos a pagar la fianza el sábado pero no nos dejaron porque dicen que inmigración le puso un hold. "
            + "¿Eso es legal?";

        var question = Assert.Single(MessageQuestions.Extract(message));

        Assert.EndsWith("¿Eso es legal?", question, StringComparison.Ordinal);
        Assert.Contains("inmigración le puso un hold", question, StringComparison.Ordinal);
        Assert.True(question.Length <= MessageQuestions.MaxQuestionLength);
    }

    [Fact]
    public void At_most_three_questions_are_returned()
    {
        var questions = MessageQuestions.Extract(
            "What is PEP? What is CAP? What is the 287(g) jail model? What is a warrant service officer? What is Secure Communities?");

        Assert.Equal(["What is PEP?", "What is CAP?", "What is the 287(g) jail model?"], questions);
    }

    [Fact]
    public void A_story_listing_events_with_first_and_second_is_not_a_list_of_questions()
    {
        var message = "First, they arrested my uncle at work. Second, they took his phone and his wallet. What can my family do now to find him?";

        Assert.Equal([message], MessageQuestions.Extract(message));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("🙏🙏🙏", "🙏🙏🙏")]
    public void A_message_without_words_is_its_own_single_question(string message, string expected)
    {
        Assert.Equal([expected], MessageQuestions.Extract(message));
    }

    [Fact]
    public void Every_question_of_a_long_message_fits_the_limit()
    {
        var questions = MessageQuestions.Extract(Story + " " + Story.Replace("Can they really do that?", "Can they deport him?", StringComparison.Ordinal));

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.InRange(q.Length, 1, MessageQuestions.MaxQuestionLength));
    }
}
