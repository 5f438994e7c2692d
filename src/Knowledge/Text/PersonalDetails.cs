using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Removes personal details from a message before it is searched, logged or stored. A question
/// to this bot can reveal someone's immigration status, so a name, phone number, birth date,
/// A-number or home address must never travel further than the turn that received it.
/// </summary>
/// <remarks>
/// <para>
/// Every removed detail becomes <see cref="Placeholder"/>, <c>[…]</c>: the editor's mark for an
/// omission, readable in a log, and made of punctuation only, so the search analyzer's tokenizer
/// yields no term for it. A word placeholder such as <c>[name]</c>, <c>[address]</c> or
/// <c>[date]</c> would be searched as the topic words "name", "address" or "date" (the corpus
/// has cards about last names, DMV addresses and release dates) and could be "spell-corrected"
/// onto others, so the kind of detail is deliberately not named.
/// </para>
/// <para>
/// The rules keep the numbers a question is about: statute sections ("287(g)", "8 U.S.C. 1357"),
/// years ("2017"), counts ("100 days", "151 agreements"), decimals ("1.9"), ordinals ("7th
/// Circuit"), executive orders ("13768") and docket numbers ("No. 19-3290"). Numbers are removed
/// when their shape is personal (a phone number, a full numeric date, a run of eight or more
/// digits, 123-45-6789) or when a label says they are (A-number, SSN, case number, born on…).
/// Dates written with a month name are removed only after a birth label, because "January 25,
/// 2017" in a question is usually the public event being asked about.
/// </para>
/// </remarks>
public static partial class PersonalDetails
{
    /// <summary>What every removed detail is replaced with; the search analyzer drops it.</summary>
    public const string Placeholder = "[…]";

    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
        + @"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)";

    /// <summary>Returns <paramref name="message"/> with its personal details replaced by <see cref="Placeholder"/>.</summary>
    public static string Scrub(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = EmailAddress().Replace(message, Placeholder);
        text = SpelledEmailAddress().Replace(text, Placeholder);
        text = SpelledPhoneNumber().Replace(text, Placeholder);
        text = ANumber().Replace(text, Placeholder);
        text = LabeledIdentifier().Replace(text, KeepLabel);
        text = BirthDate().Replace(text, KeepLabel);
        text = SocialSecurityNumber().Replace(text, Placeholder);
        text = NumericDate().Replace(text, Placeholder);
        text = InternationalPhoneNumber().Replace(text, Placeholder);
        text = LabeledPhoneNumber().Replace(text, KeepLabel);
        text = PhoneNumber().Replace(text, Placeholder);
        text = LocalPhoneNumber().Replace(text, Placeholder);
        text = LongDigitRun().Replace(text, Placeholder);
        text = LabeledAddress().Replace(text, KeepLabel);
        text = StreetAddress().Replace(text, Placeholder);
        text = LowerCaseStreetAddress().Replace(text, Placeholder);
        text = SpanishStreetAddress().Replace(text, Placeholder);
        text = LowerCaseSpanishStreetAddress().Replace(text, Placeholder);
        text = PostOfficeBox().Replace(text, Placeholder);
        text = Dwelling().Replace(text, Placeholder);
        text = ZipCodeAfterState().Replace(text, Placeholder);
        text = IntroducedNames.Scrub(text, Placeholder);
        text = SignedNames.Scrub(text, Placeholder);
        return AdjacentPlaceholders().Replace(text, Placeholder);
    }

    /// <summary>Neighbouring placeholders ("[…] […]", "[…]-[…]", "[…].[…]") written as one.</summary>
    public static string JoinPlaceholders(string text) => AdjacentPlaceholders().Replace(text, Placeholder);

    private static string KeepLabel(Match match) => match.Groups["label"].Value + Placeholder;

    [GeneratedRegex(@"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex EmailAddress();

    /// <summary>USCIS's alien registration number: "A123456789", "A 123-456-789", "A#: 123 456 789", "alien number 12345678".</summary>
    [GeneratedRegex(
        @"(?<![\w.-])(?:(?-i:A)|a(?=[\s-]*(?:number|\#)|\d{8,9}(?!\d)))[\s.-]?(?:(?:number|num|no\.?|\#)\s*(?:is|:|\#|-|\s)*)?\d{2,3}[\s.-]?\d{3}[\s.-]?\d{3}(?!\d|\.\d)"
        + @"|\b(?:alien\s+(?:registration\s+)?(?:number|no\.?|\#)|n[uú]mero\s+(?:A|de\s+extranjero|de\s+registro))\s*(?:is|es|:|\#|-|\s)*\d{2,3}[\s-]?\d{3}[\s-]?\d{3}(?!\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ANumber();

    /// <summary>A number its label marks as personal: SSN, case, booking, receipt, passport, ID.</summary>
    [GeneratedRegex(
        @"(?<label>\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|\#))?|seguro\s+social|expediente"
        + @"|case\s*(?:number|num|\#)|(?:booking|inmate|receipt|file|docket|detainee|passport|license|licence|ID|permit|tracking|reference)\s*(?:number|num|no\.?|\#)"
        + @"|n[uú]mero\s+de\s+(?:caso|expediente|recibo|reserva|preso|pasaporte|licencia|identificaci[oó]n|seguro\s+social))"
        + @"(?:\s*(?:is|es|was|era|:|\#|=|-))*\s*)"
        + @"(?=[\w-]*\d)[\w][\w-]*(?:[\s-]\d[\d-]*)*",
        RegexOptions.IgnoreCase)]
    private static partial Regex LabeledIdentifier();

    /// <summary>A date or year after a birth label: "DOB 4/12/87", "born on April 12, 1987", "nací el 9/8/1990".</summary>
    [GeneratedRegex(
        @"(?<label>\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+(?:on|in))?|fecha\s+de\s+nacimiento|cumpleaños"
        + @"|nac[ií](?:d[oa])?(?:\s+(?:el|en))?)(?:\s*(?:is|es|was|fue|:|-|=))*\s*)"
        + @"(?:\d{4}-\d{1,2}-\d{1,2}"
        + @"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
        + @"|\d{1,2}[/.-]\d{4}"
        + @"|" + Month + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:de(?:l)?\s+)?\d{4})?"
        + @"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?" + Month + @"(?:,?\s+(?:de(?:l)?\s+)?\d{4})?"
        + @"|" + Month + @"(?:,?\s+(?:de(?:l)?\s+|of\s+)?)\d{4}"
        + @"|(?:19|20)\d{2})(?![\w/]|[.-]\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex BirthDate();

    /// <summary>"123-45-6789", "123.45.6789", "432 65 0987" (one separator throughout).</summary>
    [GeneratedRegex(@"(?<![\w.,$-])\d{3}(?<sep>[-. ])\d{2}\k<sep>\d{4}(?![\w-]|[.,]\d)")]
    private static partial Regex SocialSecurityNumber();

    /// <summary>A full numeric date, "04/12/1987", "9/8/1990", "4-12-87", "1987-04-12"; "1.9" and "19-3290" are not dates.</summary>
    [GeneratedRegex(@"(?<![\w/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\w/-]|\.\d)")]
    private static partial Regex NumericDate();

    /// <summary>US phone numbers: "(832) 555-0147", "832-555-0147", "832.555.0147", "+1 832 555 0147", "8325550147".</summary>
    [GeneratedRegex(@"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\w-]|\.\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?<![\w.-])\d{3}[-.]\d{4}(?![\w-]|\.\d)")]
    private static partial Regex LocalPhoneNumber();

    /// <summary>A number with a country code, as family abroad is given: "+52 55 1234 5678", "+502 5555-1234", "+1 (832) 555 0147".</summary>
    [GeneratedRegex(@"(?<![\w+])\+(?=(?:[\s.()-]?\d){8,15}(?![\s.()-]?\d))\d(?:[\s.()-]?\d){7,14}(?!\d)")]
    private static partial Regex InternationalPhoneNumber();

    /// <summary>
    /// Seven or more digits after a phone label, in any grouping: "my cell is 5555 1234", "mi teléfono es 55 1234 5678",
    /// "whatsapp: 7123-4567" (Central American and Mexican numbers that the US shapes above miss).
    /// </summary>
    [GeneratedRegex(
        @"(?<label>\b(?:phone|cell(?:\s*phone)?|mobile|tel|telephone|whats\s?app|my\s+number|his\s+number|her\s+number|tel[eé]fono|cel(?:ular)?|m[oó]vil|mi\s+n[uú]mero|su\s+n[uú]mero)"
        + @"(?:\s*(?:number|no\.?|\#|is|es|:|=|-))*\s*)"
        + @"(?=(?:[\s.()-]?\d){7,15}(?![\s.()-]?\d))\(?\d(?:[\s.()-]{0,2}\d){6,14}(?!\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex LabeledPhoneNumber();

    /// <summary>Eight or more digits in a row: an unlabeled A-number, SSN or phone; no question needs one.</summary>
    [GeneratedRegex(@"(?<![\w.,])\d{8,}(?!\w|[.,]\d)")]
    private static partial Regex LongDigitRun();

    /// <summary>"I live at 1234 elm", "my address is …", "vivo en 12 …": everything up to the clause's end.</summary>
    [GeneratedRegex(
        @"(?<label>\b(?:I\s+live\s+(?:at|on)|my\s+address\s+is|address\s*:|vivo\s+en|mi\s+direcci[oó]n\s+es|direcci[oó]n\s*:|domicilio\s*:?)\s+)"
        + @"\d{1,6}\s+[^,.;!?\n]{1,40}?(?=[,.;!?\n]|\s+(?:and|but|in|y|pero|en)\b|$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex LabeledAddress();

    /// <summary>"1234 Elm St", "567 W. Main Street Apt 4": a house number, capitalized names and a street type.</summary>
    [GeneratedRegex(
        @"\b\d{1,6}(?:-\d+)?\s+(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|\d+(?:st|nd|rd|th))\s+){1,3}"
        + @"(?i:St|Street|Ave|Avenue|Av|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Pl|Place|Pkwy|Parkway|Hwy|Highway|Fwy|Freeway|Cir|Circle|Ter|Terrace|Trl|Trail|Sq|Way|Loop)\b\.?"
        + @"(?:,?\s*(?i:Apt|Apartment|Unit|Suite|Ste|Lot|\#)\.?\s*\#?\s*[\w-]+)?")]
    private static partial Regex StreetAddress();

    /// <summary>"1234 elm st apt 5" as typed on a phone; needs a three-digit house number so "50 cops on street" stays.</summary>
    [GeneratedRegex(
        @"\b(?!(?:19|20)\d\d\b)\d{3,6}\s+(?:[nsew]\.?\s+)?(?:[\p{Ll}\d][\p{L}'’-]*\s+){1,2}"
        + @"(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|ct|court|pl|place|hwy|pkwy|parkway|ter|terrace|way|cir|circle|trl|trail|loop)\b\.?"
        + @"(?:,?\s*(?:apt|apartment|unit|suite|ste|lot|\#)\.?\s*\#?\s*[\w-]+)?")]
    private static partial Regex LowerCaseStreetAddress();

    /// <summary>"calle Morelos 123", "Calle 5 de Mayo #45": only when a name or number follows, so "en la calle" stays.</summary>
    [GeneratedRegex(
        @"\b(?i:calle|avenida|avda\.?|av\.|camino|carretera|privada|callej[oó]n|colonia|col\.)\s+(?=\p{Lu}|\d)"
        + @"(?:(?:\p{Lu}[\p{L}'’.-]*|\d+|de|del|la|las|los)\s+){0,4}(?:\p{Lu}[\p{L}'’.-]*|\d+)"
        + @"(?:\s*(?:\#|(?i:no\.?|n[uú]mero|num\.?))?\s*\d+[A-Za-z]?\b)?")]
    private static partial Regex SpanishStreetAddress();

    /// <summary>"calle evergreenia 742", "avenida juarez 1200" as typed on a phone: a street word, one to three words, a number.</summary>
    [GeneratedRegex(@"\b(?i:calle|avenida|avda\.?|camino|carretera|privada|callej[oó]n)\s+(?:[\p{Ll}][\p{L}'’-]*\s+){1,3}(?:\#|no\.?\s*)?\d{1,6}[A-Za-z]?\b")]
    private static partial Regex LowerCaseSpanishStreetAddress();

    [GeneratedRegex(@"\b(?i:P\.?\s?O\.?\s*Box|post\s+office\s+box|apartado(?:\s+postal)?|casilla(?:\s+postal)?)\s*(?:\#|no\.?)?\s*\d[\d-]*\b")]
    private static partial Regex PostOfficeBox();

    /// <summary>"apartment 4B at Wyndhaven Court", "apt #12", "apartamento 3 en Villas del Sol": the unit, and the named place it is in.</summary>
    [GeneratedRegex(
        @"\b(?i:apt|apartment|unit|suite|ste|apartamento|depto|departamento)\.?\s*(?:\#|no\.?|number|n[uú]mero)?\s*(?=[\w-]*\d)[\w-]+"
        + @"(?:\s+(?i:at|in|of|en|de)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|las|los)\s+)?\p{Lu}[\p{L}'’-]*){0,3})?")]
    private static partial Regex Dwelling();

    /// <summary>"anabelle.quist at gmail dot com", "ana (at) yahoo (dot) com", "ana arroba hotmail punto com".</summary>
    [GeneratedRegex(
        @"[\w.+'-]+\s*(?:\(at\)|\[at\]|\s(?i:at|arroba)\s)\s*[\w-]+(?:\s*(?:\(dot\)|\[dot\]|\.|\s(?i:dot|punto)\s)\s*[\w-]+)*"
        + @"\s*(?:\(dot\)|\[dot\]|\.|\s(?i:dot|punto)\s)\s*(?i:com|net|org|edu|gov|mx|us|io|info|co|es|me)\b")]
    private static partial Regex SpelledEmailAddress();

    /// <summary>Seven or more digits said as words, as a phone number is read out: "eight three two five five five…", "ocho tres dos…".</summary>
    [GeneratedRegex(
        @"\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)[\s,.-]+){6,}"
        + @"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SpelledPhoneNumber();

    [GeneratedRegex(
        @"(?<=\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Texas|California|Illinois|Florida|Arizona),?\s)\d{5}(?:-\d{4})?\b")]
    private static partial Regex ZipCodeAfterState();

    [GeneratedRegex(@"\[…\](?:[\s,/.'’@_-]*\[…\])+")]
    private static partial Regex AdjacentPlaceholders();
}
