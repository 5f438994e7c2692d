using System.Text.RegularExpressions;

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

    public static BotCommand Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return BotCommand.None;
        }
        var word = string.Join(' ', Trim().Match(text).Groups["word"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Words.TryGetValue(word, out var command) ? command : BotCommand.None;
    }
}
