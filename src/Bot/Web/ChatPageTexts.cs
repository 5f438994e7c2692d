using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Web;

/// <summary>
/// The chat pages' own words (<c>/</c> and <c>/embed</c>), in English and Spanish: the page's
/// templates in <c>web/</c> name them as <c>{{Name}}</c>. A Spanish browser gets the whole page in
/// Spanish, as Web Chat's own strings follow it too (chat.js).
/// </summary>
public sealed class ChatPageTexts
{
    public static readonly ChatPageTexts English = new(Knowledge.Text.Language.English);
    public static readonly ChatPageTexts Spanish = new(Knowledge.Text.Language.Spanish);

    private ChatPageTexts(string language) => Language = language;

    /// <summary>"en" or "es".</summary>
    public string Language { get; }

    private bool Es => Language == Knowledge.Text.Language.Spanish;

    /// <summary>
    /// <c>?lang=es</c> or <c>?lang=en</c> when given; otherwise the browser's first preference
    /// (Accept-Language) that is Spanish or English; otherwise English.
    /// </summary>
    public static ChatPageTexts For(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString().Trim();
        if (asked.Length > 0)
        {
            return string.Equals(asked, Knowledge.Text.Language.Spanish, StringComparison.OrdinalIgnoreCase) ? Spanish : English;
        }
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty)
            .FirstOrDefault(l => l.StartsWith("es", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith("es", StringComparison.OrdinalIgnoreCase) == true ? Spanish : English;
    }

    /// <summary>The query that keeps this language on a link to a simple page.</summary>
    public string Query => Es ? "?lang=es" : string.Empty;

    /// <summary>The template with every <c>{{Name}}</c> filled (HTML-encoded) and <c>{{FirstReply}}</c> with <paramref name="firstReply"/> (already HTML).</summary>
    public string Fill(string template, string firstReply)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Language"] = Language,
            ["OtherLanguage"] = Es ? Knowledge.Text.Language.English : Knowledge.Text.Language.Spanish,
            ["Query"] = Query,
            ["Title"] = Es ? "Conozca sus derechos: ICE y la policía local" : "Know Your Rights: ICE and local police",
            ["Description"] = Es
                ? "Pregunte sobre los detainers de ICE, los arrestos en las cortes y lo que la policía local comparte con ICE. Respuestas simples con sus fuentes."
                : "Ask about ICE detainers, arrests at court, and what local police share with ICE. Plain answers with their sources.",
            ["SkipLink"] = Es ? "Ir al chat" : "Skip to the chat",
            ["SiteName"] = Es ? "Conozca sus derechos" : "Know Your Rights",
            ["Tagline"] = Es
                ? "Pregunte sobre los detainers de ICE, los arrestos en las cortes y lo que la policía local comparte con ICE. Respuestas cortas, con sus fuentes."
                : "Ask about ICE detainers, arrests at court, and what local police share with ICE. Short answers, with their sources.",
            ["InOtherLanguage"] = Es ? "You can ask in English." : "Puede preguntar en español.",
            ["Starting"] = Es ? "Abriendo el chat…" : "Starting the chat…",
            ["NoScript"] = Es
                ? "El chat necesita JavaScript. Las preguntas y el formulario de arriba funcionan sin él."
                : "The chat needs JavaScript turned on. The questions and the box above work without it.",
            ["Privacy"] = Es ? "No guardamos quién es usted." : "We don't store who you are.",
            ["PrivacyMore"] = Es ? "No hay que registrarse. Por favor no escriba su nombre ni su número de caso." : "No sign-in. Please don't type your name or case number.",
            ["Notice"] = Es ? "Esto es información legal, no consejo legal." : "This is legal information, not legal advice.",
            ["NoticeMore"] = Es
                ? "Para su caso, hable con un abogado de inmigración o un grupo de ayuda legal."
                : "For your own case, talk to an immigration lawyer or legal aid group.",
            ["SimplePage"] = Es ? "Página simple" : "Simple page",
            ["AllTopics"] = Es ? "Todos los temas" : "All topics",
            ["Paper"] = Es ? "El informe" : "The paper",
            ["Sources"] = Es ? "Fuentes" : "Sources",
            ["Outreach"] = Es ? "Para promotores" : "For outreach workers",
        };
        var html = template.Replace("{{FirstReply}}", firstReply, StringComparison.Ordinal);
        foreach (var (name, value) in values)
        {
            html = html.Replace("{{" + name + "}}", Encode(value), StringComparison.Ordinal);
        }
        return html;
    }

    /// <summary>Our own constant words into text or a quoted attribute: apostrophes stay readable as they are.</summary>
    private static string Encode(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>The label of the first reply's question box.</summary>
    public string QuestionLabel => Es ? "O escriba su pregunta" : "Or type your question";

    public string AskButton => Es ? "Preguntar" : "Ask";

    /// <summary>The welcome, exactly as the bot says it.</summary>
    public string Welcome => ReplyTexts.Welcome(Language);
}
