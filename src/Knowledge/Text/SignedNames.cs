using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Finds the names people sign a message with or give a relative by, beside the introductions
/// <see cref="IntroducedNames"/> finds: "Vantrell Oszkar here.", "— Fenwick Albarran", "Thanks,
/// Lucasta Pemdrake", "Question from Gustavo Merriwether:", "My husband Desmond Okonkwo-Varga",
/// and in Spanish "Aquí Vantrell Oszkar", "Gracias, Lucasta Pemdrake", "Pregunta de Gustavo
/// Merriwether:", "Mi esposo Desmond Okonkwo-Varga".
/// </summary>
/// <remarks>
/// Only capitalized words count as a name here (a hyphenated surname included), and only in
/// these frames: a sign-off must end the message or its line, "X here" must start a sentence, a
/// relative's name must follow "my husband" and the like directly. A capitalized word that says
/// what someone is ("my husband Mexican…", "mi hijo Salvadoreño") or when ("my son Monday") is
/// not a name. What these frames miss, the known-words filter of what is written still catches.
/// </remarks>
internal static partial class SignedNames
{
    /// <summary>One to four capitalized words, "de la" and the like between them, each possibly hyphenated ("Okonkwo-Varga").</summary>
    private const string Name =
        @"(?<name>\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:[ \t]+(?:(?:de|del|la|las|los|van|von|da|di|y)[ \t]+)*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*){0,3})";

    private const string Relatives =
        @"husband|wife|son|daughter|brother|sister|mother|mom|mum|father|dad|cousin|uncle|aunt|friend|neighbou?r|boyfriend|girlfriend"
        + @"|partner|fianc[eé]e?|grandmother|grandma|grandfather|grandpa|nephew|niece|stepson|stepdaughter|child|kid|boss|roommate|coworker"
        + @"|esposo|esposa|marido|mujer|hijo|hija|hermano|hermana|madre|mam[aá]|padre|pap[aá]|primo|prima|t[ií]o|t[ií]a|amigo|amiga"
        + @"|vecino|vecina|novio|novia|pareja|abuelo|abuela|sobrino|sobrina|suegro|suegra|cu[ñn]ado|cu[ñn]ada|jefe|jefa|compa[ñn]ero|compa[ñn]era";

    /// <summary>Capitalized words after a relative that describe or date rather than name.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miercoles",
        "jueves", "viernes", "sabado", "domingo", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december", "yesterday", "today", "last", "was", "is", "has", "had", "who",
        "ayer", "hoy", "que", "fue", "esta", "tiene", "and", "but", "also", "just", "never", "can", "could",
    };

    public static string Scrub(string text, string placeholder)
    {
        text = RelativeName().Replace(text, m => ReplaceName(m, placeholder));
        text = QuestionFrom().Replace(text, m => ReplaceName(m, placeholder));
        text = NameHere().Replace(text, m => ReplaceName(m, placeholder));
        text = AquiName().Replace(text, m => ReplaceName(m, placeholder));
        return SignOff().Replace(text, m => ReplaceName(m, placeholder));
    }

    private static string ReplaceName(Match match, string placeholder)
    {
        var name = match.Groups["name"];
        var first = name.Value.Split([' ', '\t', '-'], 2)[0];
        if (NotNames.Contains(Accents.Fold(first)))
        {
            return match.Value;
        }
        return match.Value[..(name.Index - match.Index)] + placeholder + match.Value[(name.Index - match.Index + name.Length)..];
    }

    [GeneratedRegex(@"\b(?i:my|mi|his|her|our|their|su|sus|nuestro|nuestra)[ \t]+(?i:" + Relatives + @")(?:[ \t]*,)?[ \t]+" + Name)]
    private static partial Regex RelativeName();

    [GeneratedRegex(@"\b(?i:questions?|message|note|text|email|pregunta|mensaje|nota|correo)[ \t]+(?i:from|by|de(?:[ \t]+parte[ \t]+de)?)[ \t]+" + Name)]
    private static partial Regex QuestionFrom();

    [GeneratedRegex(@"(?:\A|(?<=[.!?\n]\s*))[ \t]*" + Name + @"[ \t]+(?i:here)\b")]
    private static partial Regex NameHere();

    [GeneratedRegex(@"\b(?i:aqu[ií]|habla|les[ \t]+escribe|le[ \t]+escribe|te[ \t]+escribe|les[ \t]+saluda|atentamente,?)[ \t]+" + Name)]
    private static partial Regex AquiName();

    /// <summary>A name that ends the message or its line after a thanks, a greeting's close or a dash.</summary>
    [GeneratedRegex(
        @"(?:\b(?i:thanks(?:[ \t]+again)?|thank[ \t]+you|thx|many[ \t]+thanks|regards|best|sincerely|cheers|god[ \t]+bless|"
        + @"gracias|muchas[ \t]+gracias|saludos|atentamente|cordialmente|bendiciones)[ \t]*[,!.:\-—–]*[ \t]*(?:\r?\n[ \t]*)?|[—–][ \t]*|(?<=\A|\s)--?[ \t]*)"
        + Name + @"(?=[ \t]*[.!]*[ \t]*(?:\r?\n|\z))")]
    private static partial Regex SignOff();
}
