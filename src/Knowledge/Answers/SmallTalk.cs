using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Greetings, thanks and requests for help or the menu: these get the welcome and topic menu,
/// not a search and not a decline.
/// </summary>
public static partial class SmallTalk
{
    [GeneratedRegex(
        @"^\s*(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|thanks|thank you|thx|ty|ok thanks|help|menu|start|start over|topics|hola|buenos d[ií]as|buenas( tardes| noches)?|gracias|muchas gracias|ayuda|men[uú]|inicio|empezar)\s*[.!?¡¿]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsSmallTalk(string text) => Pattern().IsMatch(text);
}
