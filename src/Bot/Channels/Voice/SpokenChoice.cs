using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// One numbered option read to the caller: "press <see cref="Digit"/> for <see cref="Label"/>".
/// </summary>
/// <param name="Digit">The keypad digit, 1 to <see cref="VoiceKeys.MaxChoices"/>.</param>
/// <param name="Label">The option made for the ear (<see cref="SpokenText.ForEar"/>).</param>
/// <param name="Question">What to ask the answer service when the digit is pressed (the card's question, as written).</param>
public sealed record SpokenChoice(int Digit, string Label, string Question)
{
    /// <summary>The answer card the option stands for, when it is one (ask for it by id with <c>AnswerService.ForCard</c>).</summary>
    public string? CardId { get; init; }

    /// <summary>
    /// <paramref name="choices"/> (a topic menu, did-you-mean cards) numbered from 1, at most
    /// <see cref="VoiceKeys.MaxChoices"/> of them, labelled for the ear in <paramref name="language"/>.
    /// </summary>
    public static IReadOnlyList<SpokenChoice> Numbered(IEnumerable<AnswerChoice> choices, string language) =>
        choices.Take(VoiceKeys.MaxChoices)
            .Select((c, i) => new SpokenChoice(i + 1, SpokenText.ForEar(c.Question, language), c.Question) { CardId = c.Id })
            .ToList();
}
