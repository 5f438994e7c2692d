using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Bots;

/// <summary>Recognizes commands in English and Spanish, ignoring case, spaces and end punctuation.</summary>
public static partial class BotCommands
{
    [GeneratedRegex(@"^[\s¿¡]*(?<word>.*?)[\s.!?]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Trim();

    private static readonly Dictionary<string, BotCommand> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = BotCommand.Help,
        ["menu"] = BotCommand.Help,
        ["topics"] = BotCommand.Help,
        ["ayuda"] = BotCommand.Help,
        ["menú"] = BotCommand.Help,
        ["temas"] = BotCommand.Help,
        ["sources"] = BotCommand.Sources,
        ["source"] = BotCommand.Sources,
        ["fuentes"] = BotCommand.Sources,
        ["start over"] = BotCommand.StartOver,
        ["restart"] = BotCommand.StartOver,
        ["empezar de nuevo"] = BotCommand.StartOver,
        ["none of these"] = BotCommand.NoneOfThese,
        ["ninguna de estas"] = BotCommand.NoneOfThese,
    };

    private static readonly HashSet<string> SpanishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ayuda", "menú", "temas", "fuentes", "empezar de nuevo", "ninguna de estas",
    };

    /// <summary>Words the same in both languages: they keep the conversation's language (MENU after a Spanish question answers in Spanish).</summary>
    private static readonly HashSet<string> EitherLanguage = new(StringComparer.OrdinalIgnoreCase) { "menu" };

    public static BotCommand Parse(string? text) => Parse(text, out _);

    /// <summary>The command, and "es" when it was said in Spanish ("en" for English; null when no command, or a word of both languages).</summary>
    public static BotCommand Parse(string? text, out string? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return BotCommand.None;
        }
        var word = string.Join(' ', Trim().Match(text).Groups["word"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!Words.TryGetValue(word, out var command))
        {
            return BotCommand.None;
        }
        language = EitherLanguage.Contains(word) ? null
            : SpanishWords.Contains(word) ? Knowledge.Text.Language.Spanish
            : Knowledge.Text.Language.English;
        return command;
    }
}
