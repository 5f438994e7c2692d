using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Rendering;

/// <summary>The questions offered after an answer, for every renderer: "did you mean" and "None of these", else the follow-ups.</summary>
public static class AnswerChoices
{
    public static IReadOnlyList<string> For(Answer answer) =>
        (answer.Kind == AnswerKinds.DidYouMean
            ? answer.DidYouMean.Select(c => c.Question).Append(BotReplyTexts.NoneOfTheseChoice(answer.Language))
            : answer.FollowUps.Select(c => c.Question))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
