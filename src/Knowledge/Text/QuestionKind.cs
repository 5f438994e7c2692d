namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// What kind of fact a question asks for. An answer card lists the kinds it answers (its
/// <c>kinds</c> front matter), so "how many?" reaches a card holding numbers and "why?" one
/// holding reasons, even when both are on the same topic.
/// </summary>
public enum QuestionKind
{
    /// <summary>What something is or what happened: the default.</summary>
    What,

    /// <summary>A number, a count or a share ("how many", "most", "cuántos").</summary>
    HowMany,

    /// <summary>A length of time ("how long", "cuánto tiempo").</summary>
    HowLong,

    /// <summary>A date or a year ("when did", "what year", "cuándo").</summary>
    When,

    /// <summary>A person or a group ("who", "quién").</summary>
    Who,

    /// <summary>A reason or an effect ("why", "why is that bad", "por qué").</summary>
    Why,

    /// <summary>What ought to happen: the paper's recommendations ("what should happen instead").</summary>
    Should,

    /// <summary>What the law or the courts say ("is it legal", "did the courts stop it", "do they have to").</summary>
    Legal,

    /// <summary>What the person can do, where to get help ("what can I do", "qué puedo hacer").</summary>
    Help,
}
