using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The bot's own words (not from the sources): the notice, welcome and decline, in English and
/// Spanish. Kept short and plain, like the answer cards.
/// </summary>
public static class ReplyTexts
{
    public static string Notice(string language) => language == Language.Spanish
        ? "Esto es información legal general, no consejo legal. Para consejo sobre su caso, hable con un abogado de inmigración o un grupo de ayuda legal."
        : "This is general legal information, not legal advice. For advice about your own case, talk to an immigration lawyer or a legal aid group.";

    public static string Welcome(string language) => language == Language.Spanish
        ? "Hola. Puedo contestar preguntas sobre ICE y la policía local: detainers (órdenes de ICE a las cárceles), arrestos en las cortes, 287(g), huellas digitales, entrevistas de ICE en la cárcel y datos de licencias de manejar. Elija un tema o escriba su pregunta."
        : "Hi. I answer questions about ICE and local police: detainers (ICE holds), arrests at courthouses, 287(g), fingerprints, ICE interviews in jail, and driver's license data. Pick a topic or type your question.";

    public static string Decline(string language) => language == Language.Spanish
        ? "Lo siento. Mis fuentes no contestan esa pregunta, y no quiero adivinar. Puedo contestar preguntas sobre ICE y la policía local: detainers, arrestos en las cortes, 287(g), huellas digitales, entrevistas de ICE en la cárcel y datos de licencias."
        : "Sorry, my sources don't answer that, and I don't want to guess. I can answer questions about ICE and local police: detainers, arrests at courthouses, 287(g), fingerprints, ICE interviews in jail, and driver's license data.";

    public static string LegalHelpLead(string language) => language == Language.Spanish
        ? "Para ayuda legal gratis:"
        : "For free legal help:";

    public static string EnglishOnly(string language) => language == Language.Spanish
        ? "(Esta respuesta solo está en inglés.)"
        : string.Empty;

    public static string DidYouMean(string language) => language == Language.Spanish ? "¿Quiso decir…?" : "Did you mean…?";

    /// <summary>Leads quoted passages when no plain answer card fits: says so plainly, and dates them.</summary>
    public static string PassageLead(string language, string? paperDate)
    {
        var year = paperDate is { Length: >= 4 } ? paperDate[..4] : null;
        return language == Language.Spanish
            ? $"No tengo una respuesta corta para esto. Abajo está la parte más cercana de mis fuentes{(year is null ? "" : $" (de {year})")}, en sus propias palabras (en inglés)."
            : $"I don't have a short answer for this. Below is the part of my sources that comes closest{(year is null ? "" : $" (from {year})")}, in its own words.";
    }

    /// <summary>Heads each answer when one message asked several questions.</summary>
    public static string PartHeading(string language, int number) => language == Language.Spanish ? $"Pregunta {number}:" : $"Question {number}:";

    /// <summary>Says one of several questions in a message could not be answered.</summary>
    public static string PartDeclined(string language) => language == Language.Spanish
        ? "Mis fuentes no contestan esta pregunta."
        : "My sources don't answer this one.";

    /// <summary>Says the sources are older than the year asked about.</summary>
    public static string AfterSources(string language, int year, string? paperDate)
    {
        var written = paperDate is { Length: >= 4 } ? paperDate[..4] : "2020";
        return language == Language.Spanish
            ? $"Mis fuentes son de {written}. No dicen qué pasó en {year}."
            : $"My sources are from {written}. They do not say what happened in {year}.";
    }

    /// <summary>Says the sources cannot tell how things stand now (they may still offer what they said then).</summary>
    public static string BeforeNow(string language, string? paperDate)
    {
        var written = paperDate is { Length: >= 4 } ? paperDate[..4] : "2020";
        return language == Language.Spanish
            ? $"Mis fuentes son de {written}. No pueden decir cómo están las cosas ahora."
            : $"My sources are from {written}. They cannot say how things are now.";
    }

    /// <summary>Leads the cards offered after <see cref="BeforeNow"/>: what the sources said then.</summary>
    public static string WhatTheySaidThen(string language) => language == Language.Spanish
        ? "Esto es lo que decían entonces:"
        : "This is what they said then:";

    /// <summary>Says the sources never name the court case asked about.</summary>
    public static string UncitedCase(string language, string courtCase) => language == Language.Spanish
        ? $"Mis fuentes no mencionan el caso {courtCase}."
        : $"My sources do not mention the case {courtCase}.";

    /// <summary>The first line of an urgent reply: GSM-7 only and short, so with a 48-character name and an E.164 number it is one SMS segment.</summary>
    public static string UrgentCall(string language, string name, string phone) => language == Language.Spanish
        ? $"Si esto pasa ahora, llame ya a {name}: {phone}"
        : $"If this is happening now, call {name} now: {phone}";

    /// <summary>The same when the deployment has no hotline: no number is ever made up.</summary>
    public static string UrgentNoHotline(string language) => language == Language.Spanish
        ? "Si esto pasa ahora, llame a la línea de respuesta rápida de su área. Los grupos de abajo pueden ayudarle a encontrarla."
        : "If this is happening now, call your local rapid-response hotline. The groups below can help you find one.";

    public static string UrgentHotlinePage(string language, string url) => language == Language.Spanish
        ? $"Más información: {url}"
        : $"More: {url}";
}
