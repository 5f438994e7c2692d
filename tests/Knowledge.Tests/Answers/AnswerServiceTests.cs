using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Answers;

[Collection(KnowledgeCollection.Name)]
public class AnswerServiceTests(KnowledgeFixture knowledge)
{
    private readonly AnswerService _answers = knowledge.Answers;

    [Fact]
    public void A_question_a_card_answers_gets_the_cards_plain_answer_with_resolved_citations()
    {
        var answer = _answers.Ask("What is an ICE detainer?");

        Assert.True(answer.Answered);
        Assert.Equal(AnswerKinds.Card, answer.Kind);
        Assert.Equal("detainers", answer.CardId);
        Assert.Contains("detainer", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Card("detainers").Summary, answer.Summary);
        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Title)));
        Assert.Contains(answer.Citations, c => c.Url is not null && c.Url.StartsWith("https://", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Number));
        Assert.NotNull(answer.AsOf);
        Assert.NotNull(answer.Quote);
        Assert.DoesNotContain(answer.Quote!.Text, answer.Text);
        Assert.Contains(answer.Citations, c => c.Id == answer.Quote.CitationId);
        Assert.InRange(answer.FollowUps.Count, 2, 3);
        Assert.True(answer.ReadingGrade <= ReadingGrade.TargetGrade);
        Assert.InRange(answer.Confidence, 0.5, 1.0);
        Assert.Contains("not legal advice", answer.Notice);
    }

    [Theory]
    [InlineData("can la migra get my info from the dmv", "dmv")]
    [InlineData("if the cops arrest me do my fingerprints go to ICE", "fingerprints")]
    [InlineData("can ice pick me up at court", "courthouse")]
    [InlineData("is the jail allowed to keep me for an immigration hold", "detainers")]
    [InlineData("what was the priority enforcement program", "pep")]
    [InlineData("where can i find a free lawyer", "legal-help")]
    [InlineData("wat is a detainor", "detainers")]
    public void Slang_misspellings_and_synonyms_reach_the_right_card(string question, string card)
    {
        var answer = _answers.Ask(question);

        Assert.True(answer.Answered, $"declined: {question}");
        Assert.Equal(card, answer.CardId);
    }

    [Theory]
    [InlineData("How do I renew my passport?")]
    [InlineData("What's the weather tomorrow?")]
    [InlineData("Recommend a good pizza place")]
    [InlineData("How do I fix my car's brakes?")]
    public void Off_topic_questions_are_declined_warmly_with_legal_help_and_no_citations(string question)
    {
        var answer = _answers.Ask(question);

        Assert.False(answer.Answered);
        Assert.Equal(AnswerKinds.Decline, answer.Kind);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.Summary);
        Assert.Contains("https://www.immigrationadvocates.org/legaldirectory/", answer.Text);
        Assert.NotEmpty(answer.FollowUps);
        Assert.Contains("not legal advice", answer.Notice);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello!")]
    [InlineData("thanks")]
    [InlineData("help")]
    [InlineData("menu")]
    [InlineData("hola")]
    public void Greetings_thanks_and_help_get_the_welcome_and_topic_menu(string text)
    {
        var answer = _answers.Ask(text);

        Assert.Equal(AnswerKinds.Welcome, answer.Kind);
        Assert.False(answer.Answered);
        Assert.DoesNotContain("Sorry", answer.Text);
        Assert.Contains(answer.FollowUps, f => f.Id == "detainers");
    }

    [Fact]
    public void A_spanish_question_gets_a_spanish_answer_and_notice()
    {
        var answer = _answers.Ask("¿Qué pasa con mis huellas digitales si la policía me arresta?");

        Assert.True(answer.Answered);
        Assert.Equal(Language.Spanish, answer.Language);
        Assert.Equal("fingerprints", answer.CardId);
        Assert.Contains("huellas", answer.Text);
        Assert.Equal(Card("fingerprints").SummaryEs, answer.Summary);
        Assert.Contains("no consejo legal", answer.Notice);
    }

    [Fact]
    public void A_spanish_off_topic_question_is_declined_in_spanish()
    {
        var answer = _answers.Ask("¿Cómo renuevo mi pasaporte?");

        Assert.Equal(AnswerKinds.Decline, answer.Kind);
        Assert.StartsWith("Lo siento", answer.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_question_is_an_error_not_a_search(string question)
    {
        var answer = _answers.Ask(question);

        Assert.Equal(AnswerKinds.Error, answer.Kind);
        Assert.False(answer.Answered);
        Assert.NotNull(answer.Error);
    }

    [Fact]
    public void An_over_long_question_is_refused_with_a_clear_error()
    {
        var question = string.Concat(Enumerable.Repeat("detainer ", 1000));

        Assert.NotNull(_answers.Validate(question));
        var answer = _answers.Ask(question);

        Assert.Equal(AnswerKinds.Error, answer.Kind);
        Assert.Contains("longer than", answer.Error);
    }

    private static Knowledge.Cards.AnswerCard Card(string id) => SeedFiles.Seeds.Cards.TryGet(id, out var card) ? card : throw new KeyNotFoundException(id);
}
