using System.Globalization;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Recognizes the SMS keywords: a whole message of one keyword, in any case, with surrounding
/// spaces and end punctuation ignored. The opt-out and opt-in words are Twilio's defaults, so
/// the bot and Twilio agree on who has opted out.
/// </summary>
public static class SmsKeywords
{
    private static readonly Dictionary<string, SmsKeywordMatch> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = new(SmsKeyword.Stop),
        ["STOPALL"] = new(SmsKeyword.Stop),
        ["UNSUBSCRIBE"] = new(SmsKeyword.Stop),
        ["CANCEL"] = new(SmsKeyword.Stop),
        ["END"] = new(SmsKeyword.Stop),
        ["QUIT"] = new(SmsKeyword.Stop),
        ["START"] = new(SmsKeyword.Start),
        ["UNSTOP"] = new(SmsKeyword.Start),
        // HELP, INFO and MORE are every carrier's words, in any language: they answer in the conversation's.
        ["HELP"] = new(SmsKeyword.Help),
        ["INFO"] = new(SmsKeyword.Help),
        ["AYUDA"] = new(SmsKeyword.Help, Language: Language.Spanish),
        ["MORE"] = new(SmsKeyword.More),
        ["MAS"] = new(SmsKeyword.More, Language: Language.Spanish),
        ["MÁS"] = new(SmsKeyword.More, Language: Language.Spanish),
    };

    /// <summary>"YES" opts back in only after a STOP (as Twilio's own opt-in keyword); otherwise it is just a message.</summary>
    public const string Yes = "YES";

    public static SmsKeywordMatch Parse(string? text)
    {
        var word = Normalize(text);
        if (word.Length == 0)
        {
            return default;
        }
        if (word.Length <= 2 && word.All(char.IsAsciiDigit))
        {
            return new SmsKeywordMatch(SmsKeyword.Choice, int.Parse(word, CultureInfo.InvariantCulture));
        }
        return Words.TryGetValue(word, out var match) ? match : default;
    }

    /// <summary>True for a message that is just "yes".</summary>
    public static bool IsYes(string? text) => string.Equals(Normalize(text), Yes, StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string? text) =>
        text is null || text.Length > 20 ? string.Empty : text.Trim().TrimEnd('.', '!', '?', ' ').TrimStart('#', '¡', '¿', ' ');
}
