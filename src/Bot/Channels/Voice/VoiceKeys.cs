namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// The keypad digits the prompts of <see cref="VoicePrompts"/> name, so that what the caller
/// hears and what the call routes on are the same digits.
/// </summary>
public static class VoiceKeys
{
    /// <summary>After an answer: hear the rest of it.</summary>
    public const string More = "1";

    /// <summary>After an answer or a decline: get the links by text message.</summary>
    public const string TextLinks = "2";

    /// <summary>After an answer: ask another question.</summary>
    public const string AnotherQuestion = "3";

    /// <summary>Anywhere: hear the topic menu again.</summary>
    public const string Menu = "0";

    /// <summary>Anywhere: switch between English and Spanish.</summary>
    public const string OtherLanguage = "9";

    /// <summary>The most numbered choices (topics, did-you-mean) a menu says: 1–8, since 9 and 0 are taken.</summary>
    public const int MaxChoices = 8;
}
