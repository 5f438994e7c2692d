using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;

namespace KnowYourRights.Knowledge.Tests.Insights;

public sealed class QuestionOutcomeTests
{
    [Theory]
    [InlineData(AnswerKinds.Decline, 0.0, AnswerKinds.Decline)]
    [InlineData(AnswerKinds.DidYouMean, 0.7, AnswerKinds.DidYouMean)]
    [InlineData(AnswerKinds.Extractive, 0.9, AnswerKinds.Extractive)]
    [InlineData(AnswerKinds.Card, 0.49, QuestionOutcome.LowConfidence)]
    [InlineData(AnswerKinds.Card, 0.5, null)]
    [InlineData(AnswerKinds.Welcome, 0.0, null)]
    [InlineData(AnswerKinds.Error, 0.0, null)]
    // Enforcement happening now is counted as outcome "urgent", and its words are never kept.
    [InlineData(AnswerKinds.Urgent, 0.0, null)]
    public void Only_failed_and_unsure_answers_are_logged(string kind, double confidence, string? logged)
    {
        var answer = new Answer { Question = "q", Answered = kind == AnswerKinds.Card, Kind = kind, Text = "a", Notice = "n", Language = "en", Confidence = confidence };

        Assert.Equal(logged, QuestionOutcome.Unanswered(answer, lowConfidenceBelow: 0.5));
    }

    [Fact]
    public void Tags_come_from_closed_sets_whatever_the_answer_carries()
    {
        var answer = new Answer { Question = "q", Answered = false, Kind = "my name is Maria", Text = "a", Notice = "n", Language = "Maria" };

        Assert.Equal(AnswerKinds.Error, QuestionOutcome.Kind(answer));
        Assert.Equal("other", QuestionOutcome.Language(answer));
    }

    [Fact]
    public void An_urgent_answer_is_counted_under_its_own_outcome()
    {
        var answer = new Answer { Question = "q", Answered = false, Kind = AnswerKinds.Urgent, Text = "a", Notice = "n", Language = "es" };

        Assert.Equal(AnswerKinds.Urgent, QuestionOutcome.Kind(answer));
    }
}
