using System.Globalization;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Every fixed thing the phone line says, in English and Spanish, already made for the ear:
/// short sentences, plain words, the keys of <see cref="VoiceKeys"/>. Spanish uses "usted" and
/// "oprima", as US Spanish phone menus do. Each method takes the call's language ("en" or "es")
/// and returns the text for one <c>&lt;Say&gt;</c> in that language (<see cref="VoiceLanguages"/>),
/// except <see cref="LanguageOffer"/>, which is said in the other one.
/// </summary>
public static class VoicePrompts
{
    private static bool Es(string language) => VoiceLanguages.Normalize(language) == Language.Spanish;

    /// <summary>The call's first words: what this is, that it is not legal advice, and that nothing is recorded.</summary>
    public static string Greeting(string language) => Es(language)
        ? "Hola. Esta línea da información legal general sobre ICE y la policía local. No es consejo legal. Esta llamada no se graba."
        : "Hello. This line gives general legal information about ICE and local police. It is not legal advice. This call is not recorded.";

    /// <summary>
    /// "Para español, oprima 9." in a call in English, "For English, press 9." in one in Spanish:
    /// said in the other language (<see cref="VoiceLanguages.Other"/>), with its voice, so that the
    /// caller who needs it understands it.
    /// </summary>
    public static string LanguageOffer(string language) => Es(language)
        ? $"For English, press {VoiceKeys.OtherLanguage}."
        : $"Para español, oprima {VoiceKeys.OtherLanguage}.";

    /// <summary>The numbered topic menu ("Press 1 for: What is an ICE detainer? …") and "Or say your question."</summary>
    public static string TopicMenu(string language, IReadOnlyList<SpokenChoice> topics) =>
        Join(Choices(language, topics), SayYourQuestion(language));

    /// <summary>Numbered options, one sentence each: "Press 1 for: What is an ICE detainer?"</summary>
    public static string Choices(string language, IReadOnlyList<SpokenChoice> choices) =>
        string.Join(' ', choices.Select(c => Es(language)
            ? string.Create(CultureInfo.InvariantCulture, $"Oprima {c.Digit} para: {c.Label}")
            : string.Create(CultureInfo.InvariantCulture, $"Press {c.Digit} for: {c.Label}")));

    /// <summary>Ends the topic menu: the caller may speak instead of pressing.</summary>
    public static string SayYourQuestion(string language) => Es(language) ? "O diga su pregunta." : "Or say your question.";

    /// <summary>After "3 for another question": asks for it, and says how to hear the menu instead.</summary>
    public static string AskAnotherQuestion(string language) => Es(language)
        ? $"Diga su pregunta. Para oír los temas, oprima {VoiceKeys.Menu}."
        : $"Say your question. To hear the topics, press {VoiceKeys.Menu}.";

    /// <summary>
    /// After an answer: "Press 1 to hear more. Press 2 to get the links by text message. Press 3
    /// for another question. Press 0 to hear the menu again." The first two only when available;
    /// <paramref name="withoutTexting"/>, when given, is said in the place of option 2 (why the links cannot come by text).
    /// </summary>
    public static string AfterAnswer(string language, bool canHearMore, bool canTextLinks, string? withoutTexting = null)
    {
        var spanish = Es(language);
        var parts = new List<string>();
        if (canHearMore)
        {
            parts.Add(spanish ? $"Para oír más, oprima {VoiceKeys.More}." : $"Press {VoiceKeys.More} to hear more.");
        }
        if (canTextLinks)
        {
            parts.Add(spanish ? $"Para recibir los enlaces por mensaje de texto, oprima {VoiceKeys.TextLinks}." : $"Press {VoiceKeys.TextLinks} to get the links by text message.");
        }
        else if (!string.IsNullOrWhiteSpace(withoutTexting))
        {
            parts.Add(withoutTexting);
        }
        parts.Add(spanish ? $"Para otra pregunta, oprima {VoiceKeys.AnotherQuestion}." : $"Press {VoiceKeys.AnotherQuestion} for another question.");
        parts.Add(spanish ? $"Para oír el menú otra vez, oprima {VoiceKeys.Menu}." : $"Press {VoiceKeys.Menu} to hear the menu again.");
        return string.Join(' ', parts);
    }

    /// <summary>Said once, after a card's summary: "This is as of November 2020." Empty when the date is unknown.</summary>
    public static string AsOf(string language, string? isoDate) =>
        string.IsNullOrWhiteSpace(isoDate)
            ? string.Empty
            : Es(language)
                ? $"Esta información es de {AsOfDate.Format(isoDate, Language.Spanish)}."
                : $"This is as of {AsOfDate.Format(isoDate, Language.English)}.";

    /// <summary>Leads a did-you-mean's numbered choices.</summary>
    public static string DidYouMean(string language) => Es(language)
        ? "No estoy seguro de qué pregunta. ¿Quiso decir una de estas?"
        : "I am not sure what you asked. Did you mean one of these?";

    /// <summary>After a did-you-mean's choices: none of them fits.</summary>
    public static string NoneOfThese(string language) => Es(language)
        ? $"Si no es ninguna, oprima {VoiceKeys.Menu} para oír los temas."
        : $"If it is none of these, press {VoiceKeys.Menu} to hear the topics.";

    /// <summary>
    /// Names the free legal-help directories on a decline: "For free legal help, you can use the
    /// National Immigration Legal Services Directory, or the List of Pro Bono Legal Service Providers."
    /// Empty when there are none.
    /// </summary>
    public static string LegalHelp(string language, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return string.Empty;
        }
        var spanish = Es(language);
        var list = names.Count == 1
            ? names[0]
            : string.Join(", ", names.Take(names.Count - 1)) + (spanish ? ", o " : ", or ") + names[^1];
        return spanish ? $"Para ayuda legal gratis, puede buscar en: {list}." : $"For free legal help, you can look in: {list}.";
    }

    /// <summary>
    /// After <see cref="LegalHelp"/>: one directory's web address, said slowly (<see cref="SpokenAddress"/>),
    /// so that a caller who cannot get texts can write it down: "For the first one, write down this
    /// web address: immigration advocates, dot org, slash, legal directory."
    /// </summary>
    public static string LegalHelpAddress(string language, string spokenAddress, bool ofTheFirst) => Es(language)
        ? (ofTheFirst ? "Para el primero, anote esta dirección web: " : "Anote esta dirección web: ") + spokenAddress + "."
        : (ofTheFirst ? "For the first one, write down this web address: " : "Write down this web address: ") + spokenAddress + ".";

    /// <summary>
    /// Option 2 when the links cannot go by text to this caller (texting is on, but the caller's
    /// number is withheld or cannot get texts): said instead of offering it, and when 2 is pressed.
    /// </summary>
    public static string CallFromAPhoneThatGetsTexts(string language) => Es(language)
        ? "Para recibir estos enlaces por mensaje de texto, llame desde un teléfono que pueda recibir mensajes de texto."
        : "To get these links by text, call from a phone that can receive texts.";

    /// <summary>An urgent message with a hotline configured: the one thing to do first.</summary>
    public static string UrgentConnect(string language, string name) => Es(language)
        ? $"Si esto pasa ahora, oprima 1 para hablar con {name}."
        : $"If this is happening now, press 1 to be connected to {name}.";

    /// <summary>Said just before the call is put through to the hotline.</summary>
    public static string Connecting(string language) => Es(language)
        ? "Le estamos conectando. Espere en la línea."
        : "Connecting you now. Please stay on the line.";

    /// <summary>After a decline, when texting works: offers the legal-help links by text message.</summary>
    public static string OfferLegalHelpLinks(string language) => Es(language)
        ? $"Para recibir estos enlaces por mensaje de texto, oprima {VoiceKeys.TextLinks}."
        : $"Press {VoiceKeys.TextLinks} to get these links by text message.";

    /// <summary>After the links went out by SMS.</summary>
    public static string LinksSent(string language) => Es(language)
        ? "Le enviamos los enlaces por mensaje de texto."
        : "We sent you the links by text message.";

    /// <summary>When a text message cannot be sent (texting is off, or sending failed).</summary>
    public static string TextingUnavailable(string language) => Es(language)
        ? "Lo siento. Ahora no puedo enviar mensajes de texto."
        : "Sorry, I cannot send text messages right now.";

    /// <summary>"1" pressed when the whole answer has been said.</summary>
    public static string NothingMore(string language) => Es(language)
        ? "Eso es todo lo que tengo sobre esta pregunta."
        : "That is all I have on this question.";

    /// <summary>Nothing was heard or pressed before the gather timed out.</summary>
    public static string NotHeard(string language) => Es(language)
        ? "Lo siento, no le escuché."
        : "Sorry, I did not hear that.";

    /// <summary>A key that the current menu does not use.</summary>
    public static string NotOnMenu(string language) => Es(language)
        ? "Lo siento, esa tecla no está en el menú."
        : "Sorry, that key is not on the menu.";

    /// <summary>The last words of the call.</summary>
    public static string Goodbye(string language) => Es(language)
        ? "Gracias por llamar. Cuídese. Adiós."
        : "Thank you for calling. Take care. Goodbye.";

    /// <summary>When the call cannot go on (the answer service failed): never a silent hang-up.</summary>
    public static string SomethingWentWrong(string language) => Es(language)
        ? "Lo siento, algo salió mal. Por favor, llame otra vez más tarde."
        : "Sorry, something went wrong. Please call again later.";

    /// <summary>Leads quoted passages on the phone (the web's lead says "below", which a caller cannot see).</summary>
    public static string PassageLead(string language, string? paperDate)
    {
        var year = paperDate is { Length: >= 4 } ? paperDate[..4] : null;
        return Es(language)
            ? "No tengo una respuesta corta para esto. Esto es lo más cercano en mis fuentes" + (year is null ? "." : $", de {year}.") + " Está en inglés."
            : "I do not have a short answer for this. This is the closest part of my sources" + (year is null ? "." : $", from {year}.");
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
