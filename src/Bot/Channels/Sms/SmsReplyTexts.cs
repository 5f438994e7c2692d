using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// The SMS channel's own words (carrier keywords, paging, numbered choices), in English and
/// Spanish. The English ones use only GSM-7 characters, so they never make a message UCS-2.
/// </summary>
public static class SmsReplyTexts
{
    private static bool Es(string language) => language == Language.Spanish;

    /// <summary>
    /// The greeting over the numbered topic menu. Shorter than the web's <see cref="ReplyTexts.Welcome"/>,
    /// which names the topics the menu lists right under it: on SMS every character costs, and
    /// the menu (by its short labels) must make the first message.
    /// </summary>
    public static string Welcome(string language) => Es(language)
        ? "Hola. Contesto preguntas sobre ICE y la policía local. Elija un tema o escriba su pregunta."
        : "Hi. I answer questions about ICE and local police, with sources. Pick a topic or text your question.";

    /// <summary>
    /// In the first message of the answer to a "what do I do" question: the one thing to do about
    /// one's own case, before the general information that follows on MORE.
    /// </summary>
    public static string LegalHelp(string language) => Es(language)
        ? "Para consejo sobre su caso, hable pronto con un abogado de inmigración o un grupo de ayuda legal gratis."
        : "For advice on your own case, talk to an immigration lawyer or a free legal aid group soon.";

    /// <summary>Ends every page that has a next one.</summary>
    public static string MorePrompt(string language) => Es(language) ? "(Responda MAS para seguir)" : "(Reply MORE for more)";

    /// <summary>Ends the first message of a card's answer, its summary: the full answer comes on MORE.</summary>
    public static string FullAnswerPrompt(string language) => Es(language) ? "Responda MAS para la respuesta completa." : "Reply MORE for the full answer.";

    /// <summary>Leads the numbered choices, which stand in for buttons.</summary>
    public static string ChoicesLead(string language) => Es(language) ? "Responda con un número:" : "Reply with a number:";

    /// <summary>After the short source line: the full links come on <c>SOURCES</c>.</summary>
    public static string SourcesHint(string language) => Es(language) ? "Responda FUENTES para ver los enlaces." : "Reply SOURCES for links.";

    /// <summary>Said with the not-legal-advice notice in the first reply, as carriers expect.</summary>
    public static string Keywords(string language) => Es(language)
        ? "Responda HELP para ayuda, STOP para no recibir más."
        : "Reply HELP for help, STOP to stop.";

    public static string NothingMore(string language) => Es(language)
        ? "No hay más. Escriba otra pregunta, o MENU para ver los temas."
        : "That's all. Text another question, or MENU for topics.";

    /// <summary>
    /// The carrier-style HELP reply: what this is, how to use it, the notice, and the contact line.
    /// The Spanish one avoids á, í, ó and ú (é and ñ are GSM-7), so that it stays GSM-7 and fits one message.
    /// </summary>
    public static string Help(string language, string? contact)
    {
        var text = Es(language)
            ? "KnowYourRights.Bot: respuestas gratis sobre ICE, detainers, arrestos en las cortes y datos que la policia comparte con ICE. Escriba su pregunta. MENU: temas. MAS: seguir. FUENTES: enlaces. No es consejo legal."
            : "KnowYourRights.Bot: free answers about ICE detainers, courthouse arrests and local data sharing with ICE. Text a question. MENU: topics. MORE: continue. SOURCES: links. General info, not legal advice.";
        if (!string.IsNullOrWhiteSpace(contact))
        {
            text += SmsPlainText.ParagraphBreak + (Es(language) ? "Contacto: " : "Contact: ") + SmsPlainText.Plain(contact.Trim());
        }
        return text + SmsPlainText.ParagraphBreak + (Es(language) ? "Responda STOP para salir." : "Reply STOP to stop.");
    }

    /// <summary>The one reply to STOP; after it nothing is sent until START.</summary>
    public static string Stopped(string language) => Es(language)
        ? "Listo. No le enviaremos más mensajes. Responda START para volver."
        : "You're unsubscribed and will get no more messages. Reply START to come back.";
}
