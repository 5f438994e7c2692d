using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Greetings, thanks and requests for help or the menu: these get the welcome and topic menu,
/// not a search and not a decline.
/// </summary>
internal static partial class SmallTalk
{
    [GeneratedRegex(
        @"^\s*(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|thanks|thank you|thx|ty|ok thanks|help|menu|start|start over|topics|hola|buenos d[ií]as|buenas( tardes| noches)?|gracias|muchas gracias|ayuda|men[uú]|inicio|empezar)\s*[.!?¡¿]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Thanks or goodbye with no question in it ("ok thank u so much, have a good night").</summary>
    [GeneratedRegex(@"\b(thanks?|thank (you|u)|thx|ty|gracias|bye|good ?night|buenas noches|adi[oó]s|have a (good|nice|great))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Thanks();

    private const int MaxThanksWords = 16;

    public static bool IsSmallTalk(string text) =>
        Pattern().IsMatch(text)
        || (Thanks().IsMatch(text) && !text.Contains('?') && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxThanksWords);
}
