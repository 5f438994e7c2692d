using CsCheck;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>
/// What the answer pipeline does to a message before it searches (<c>AnswerService.Ask</c>):
/// personal details scrubbed, sentences split, the question(s) picked out. Against arbitrary
/// text, emoji, control characters and lone surrogates included, up to the longest message a
/// channel takes: it never throws, and what comes out is bounded and made of the message.
/// </summary>
public class QuestionNormalisationPropertyTests
{
    private static readonly Gen<string> Chat = Gen.OneOf(
        "Can ICE take him from the jail?", "my tía says they need papers", "¿Qué es un detainer?", "what is 287(g)??",
        "\U0001F622\U0001F64F", "call me at 555-123-4567", "IS THAT LEGAL", "1) first 2) second", "U.S. No. 19-3290 1.9",
        "\n", "\r\n", "…", "¿", "?", "!", ".", " ", "\t", "\u0000", "\u200B", "\uD800", "\uDC00", "A123456789");

    /// <summary>Chat pieces mixed with random text: messages up to the 2,000 characters the web chat takes.</summary>
    private static readonly Gen<string> Message = Gen.OneOf(Chat, Gen.String[0, 40]).Array[0, 60]
        .Select(parts => string.Join(' ', parts))
        .Select(m => m.Length > 2000 ? m[..2000] : m);

    [Fact]
    public void Any_message_gives_one_to_three_questions_of_at_most_300_characters()
    {
        Message.Sample(message =>
        {
            var scrubbed = PersonalDetails.Scrub(message.Trim());
            var questions = MessageQuestions.Extract(scrubbed);

            Assert.InRange(questions.Count, 1, MessageQuestions.MaxQuestions);
            Assert.All(questions, q => Assert.True(q.Length <= MessageQuestions.MaxQuestionLength, q));
        }, iter: 500);
    }

    [Fact]
    public void Sentences_are_trimmed_pieces_of_the_message_in_order_and_each_holds_a_letter_or_digit()
    {
        Message.Sample(message =>
        {
            var from = 0;
            foreach (var sentence in MessageSentences.Split(message))
            {
                Assert.Equal(sentence.Trim(), sentence);
                Assert.Contains(sentence, c => char.IsLetterOrDigit(c));
                var at = message.IndexOf(sentence, from, StringComparison.Ordinal);
                Assert.True(at >= 0, $"'{sentence}' is not in the message after {from}");
                from = at + sentence.Length;
            }
        }, iter: 500);
    }

    [Fact]
    public void Normalising_is_deterministic_and_scrubbing_again_changes_nothing()
    {
        Message.Sample(message =>
        {
            var scrubbed = PersonalDetails.Scrub(message);

            Assert.Equal(scrubbed, PersonalDetails.Scrub(scrubbed));
            Assert.Equal(MessageQuestions.Extract(scrubbed), MessageQuestions.Extract(scrubbed));
            Assert.Equal(Language.Detect(scrubbed), Language.Detect(scrubbed));
            Assert.Contains(Language.Detect(scrubbed), new[] { Language.English, Language.Spanish });
        }, iter: 300);
    }
}
