using CsCheck;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>Whatever chat people send, the extracted questions are few, short, and made of the message's own words.</summary>
public class MessageQuestionsPropertyTests
{
    private static readonly Gen<string> Sentence = Gen.OneOf(
        "My husband was stopped by a deputy on the way home from work.",
        "they took him to the county jail and now they say there is a hold",
        "Mi esposo está en la cárcel del condado.",
        "We have three kids and I am very scared 😢",
        "The lady at the desk said we cannot pay the bond yet.",
        "Can ICE take him from the jail?",
        "Is that legal?",
        "what is 287(g)??",
        "¿Qué es un detainer?",
        "does the DMV share addresses with immigration",
        "Two questions: 1) can police ask for papers 2) what is a sanctuary city?",
        "🙏🙏",
        "IS THAT TRUE? WHAT HAPPENED?",
        "I want to know if they can deport him",
        "y eso es legal?",
        "Q1 what was PEP Q2 is secure communities back",
        "- can la migra come to church\n- can they come to school");

    private static readonly Gen<string> Message = Sentence.Array[1, 40]
        .Select(parts => string.Join(' ', parts))
        .Where(m => m.Length <= 2000);

    [Fact]
    public void At_most_three_questions_each_at_most_300_characters()
    {
        Message.Sample(message =>
        {
            var questions = MessageQuestions.Extract(message);
            Assert.InRange(questions.Count, 1, MessageQuestions.MaxQuestions);
            Assert.All(questions, q => Assert.InRange(q.Length, 1, MessageQuestions.MaxQuestionLength));
        });
    }

    [Fact]
    public void Questions_use_only_the_message_s_words()
    {
        Message.Sample(message =>
        {
            var words = Words(message);
            foreach (var question in MessageQuestions.Extract(message))
            {
                Assert.Empty(Words(question).Except(words));
            }
        });
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        Message.Sample(message => Assert.Equal(MessageQuestions.Extract(message), MessageQuestions.Extract(message)));
    }

    private static HashSet<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '?', '!', '¿', ':', ';', '-', ')', '(', '\n'))
            .Where(w => w.Any(char.IsLetter))
            .ToHashSet(StringComparer.Ordinal);
}
