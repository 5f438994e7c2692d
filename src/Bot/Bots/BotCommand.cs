namespace KnowYourRights.Bot.Bots;

/// <summary>The words the bot treats as commands rather than questions.</summary>
public enum BotCommand
{
    None,

    /// <summary><c>help</c>, <c>menu</c>: the welcome and topic menu.</summary>
    Help,

    /// <summary><c>sources</c>: the full source list of the last answer.</summary>
    Sources,

    /// <summary><c>start over</c>: forget this conversation and welcome again.</summary>
    StartOver,

    /// <summary>"None of these", the last choice under "Did you mean…?".</summary>
    NoneOfThese,
}
