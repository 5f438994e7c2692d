using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Rendering;

/// <summary>
/// The bot layer's own words (commands, buttons, the apology), in English and Spanish. The
/// answers' words live in the knowledge layer's <see cref="ReplyTexts"/>.
/// </summary>
public static class BotReplyTexts
{
    private static bool Es(string language) => language == Language.Spanish;

    public static string AsOf(string date, string language) => Es(language) ? $"Información de {date}." : $"Facts as of {date}.";

    /// <summary>
    /// "Reviewed December 2026.", "Reviewed December 2025; due for review." or "Not yet reviewed; due
    /// for review.": written beside the as-of date on the web (not in SMS or voice, which stay short).
    /// </summary>
    public static string Reviewed(AnswerReview review, DateOnly today, string language)
    {
        var due = review.IsDue(today);
        if (review.Reviewed is not { } reviewed)
        {
            return Es(language) ? "Sin revisar todavía; revisión pendiente." : "Not yet reviewed; due for review.";
        }
        var month = AsOfDate.Format(reviewed.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), language);
        return (Es(language), due) switch
        {
            (true, true) => $"Revisado en {month}; revisión pendiente.",
            (true, false) => $"Revisado en {month}.",
            (false, true) => $"Reviewed {month}; due for review.",
            (false, false) => $"Reviewed {month}.",
        };
    }

    /// <summary>The as-of line of a web answer: the facts' date, and the review beside it for a card.</summary>
    public static string AsOfAndReview(Answer answer, DateOnly today)
    {
        var asOf = AsOf(AsOfDate.Format(answer.AsOf!, answer.Language), answer.Language);
        return answer.Review is { } review ? asOf + " " + Reviewed(review, today, answer.Language) : asOf;
    }

    public static string NoneOfTheseChoice(string language) => Es(language) ? "Ninguna de estas" : "None of these";

    public static string NoneOfThese(string language) => Es(language)
        ? "Está bien. Escriba su pregunta con otras palabras, o elija un tema."
        : "OK. Try asking in other words, or pick a topic.";

    public static string SourcesLead(string language) => Es(language) ? "Las fuentes de mi última respuesta:" : "The sources of my last answer:";

    public static string NoSources(string language) => Es(language)
        ? "Todavía no tengo fuentes que mostrar. Haga una pregunta primero."
        : "I have no sources to show yet. Ask a question first.";

    public static string Apology(string language) => Es(language)
        ? "Lo siento, algo salió mal de mi lado. Por favor intente otra vez."
        : "Sorry, something went wrong on my side. Please try again.";

    /// <summary>The apology when shared state (Redis) is unreachable: it passes by itself, so the user is asked to wait a little.</summary>
    public static string MemoryUnavailable(string language) => Es(language)
        ? "Lo siento, no podemos acceder a nuestra memoria en este momento. Por favor intente otra vez en un minuto."
        : "Sorry, we can't reach our memory right now. Please try again in a minute.";

    /// <summary>The button that calls the rapid-response hotline.</summary>
    public static string CallHotline(string name, string language) => language == Language.Spanish ? $"Llamar a {name}" : $"Call {name}";
}
