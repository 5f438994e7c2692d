namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// The simple pages' own words, in English and Spanish, kept short and plain (grade 6). The
/// answers' words come from the knowledge layer, exactly as the bot says them.
/// </summary>
internal sealed class PageTexts
{
    public static readonly PageTexts English = new(Knowledge.Text.Language.English);
    public static readonly PageTexts Spanish = new(Knowledge.Text.Language.Spanish);

    private PageTexts(string language) => Language = language;

    /// <summary>"en" or "es".</summary>
    public string Language { get; }

    private bool Es => Language == Knowledge.Text.Language.Spanish;

    /// <summary>The texts for <c>?lang=es</c> (Spanish) or anything else (English).</summary>
    public static PageTexts For(string? language) =>
        string.Equals(language?.Trim(), Knowledge.Text.Language.Spanish, StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    /// <summary>The query string that keeps this language on a link: "" for English, "?lang=es" for Spanish.</summary>
    public string Query => Es ? "?lang=es" : string.Empty;

    public string SiteName => Es ? "Conozca sus derechos" : "Know Your Rights";

    public string Navigation => Es ? "Menú del sitio" : "Site menu";

    public string AskNav => Es ? "Preguntar" : "Ask";

    public string TopicsNav => Es ? "Temas" : "Topics";

    public string PaperNav => Es ? "El informe" : "The paper";

    public string SourcesNav => Es ? "Fuentes" : "Sources";

    public string ChatNav => "Chat";

    /// <summary>The footer's link to the outreach kit (links, QR codes and flyers).</summary>
    public string OutreachNav => Es ? "Para promotores: enlaces, códigos QR y volantes" : "For outreach workers: links, QR codes and flyers";

    /// <summary>A printed page's foot: where to ask more.</summary>
    public string PrintAskMore => Es ? "Haga más preguntas en:" : "Ask more questions at:";

    public string PrintCall => Es ? "Llame al" : "Call";

    public string PrintText(string keyword, string number) => Es ? $"Mande {keyword} por texto al {number}" : $"Text {keyword} to {number}";

    public string PrintTextNumber(string number) => Es ? $"Mande un texto al {number}" : $"Text {number}";

    public string PrintQr => Es ? "Código QR de esta página" : "QR code for this page";

    /// <summary>The link to the other language, written in that language.</summary>
    public string OtherLanguage => Es ? "English" : "Español";

    public string OtherLanguageCode => Es ? "en" : "es";

    public string Privacy => Es
        ? "No guardamos quién es usted. Por favor no escriba su nombre ni su número de caso."
        : "We don't store who you are. Please don't type your name or case number.";

    public string AskTitle => Es ? "Haga una pregunta" : "Ask a question";

    public string AskIntro => Es
        ? "Una página simple para conexiones lentas. Pregunte sobre ICE y la policía local."
        : "A simple page for slow connections. Ask about ICE and local police.";

    public string QuestionLabel => Es ? "Su pregunta" : "Your question";

    public string AskButton => Es ? "Preguntar" : "Ask";

    public string YouAsked => Es ? "Usted preguntó:" : "You asked:";

    public string EmptyQuestion => Es ? "Por favor escriba una pregunta." : "Please type a question.";

    public string LongQuestion(int max) => Es
        ? $"Su pregunta es muy larga. Use menos de {max} letras."
        : $"Your question is too long. Please use fewer than {max} letters.";

    public string AnswerHeading => Es ? "Respuesta" : "Answer";

    public string SourcesHeading => Es ? "Fuentes" : "Sources";

    public string AskNext => Es ? "Preguntas que siguen" : "Ask next";

    public string TopicsTitle => Es ? "Temas" : "Topics";

    public string TopicsIntro => Es
        ? "Elija una pregunta para leer la respuesta."
        : "Pick a question to read the answer.";

    public string AllTopics => Es ? "Todos los temas" : "All topics";

    /// <summary>The heading of the cards no menu subject reaches.</summary>
    public string MoreTopics => Es ? "Más temas" : "More topics";

    public string OpenInChat => Es ? "Abrir en el chat" : "Open in the chat";

    public string AskOnWhatsApp => Es ? "Preguntar esto por WhatsApp" : "Ask this on WhatsApp";

    public string WhatsAppQr => Es ? "Código QR para preguntar por WhatsApp" : "QR code to ask on WhatsApp";

    public string NoTopic => Es ? "No hay un tema con ese nombre." : "There is no topic with that name.";

    public string AskAnother => Es ? "Haga otra pregunta" : "Ask another question";

    public string PaperWritten(string date) => Es ? $"Escrito en {date}. En inglés." : $"Written {date}.";

    public string Footnotes => Es ? "Notas" : "Footnotes";

    public string BackToText => Es ? "Volver al texto" : "Back to the text";

    public string SourceLinks => Es ? "Fuente:" : "Source:";

    public string Archived => Es ? "copia archivada" : "archived copy";

    public string SourcesTitle => Es ? "Fuentes" : "Sources";

    public string SourcesIntro => Es
        ? "Cada fuente que cita el informe. Las respuestas vienen del informe y de estas fuentes."
        : "Every source the paper cites. The answers come from the paper and these sources.";

    public string Link => Es ? "Enlace" : "Link";

    public string CitedIn => Es ? "Citada en las notas" : "Cited in footnotes";

    public string LastFetched => Es ? "Último descargado" : "Last fetched";

    public string NeverFetched => Es ? "Nunca" : "Never";

    public string InIndex => Es ? "Texto en la búsqueda" : "Text in the search";

    public string Yes => Es ? "Sí" : "Yes";

    public string No => Es ? "No" : "No";

    public string NotFetchedNote => Es
        ? "El texto de las fuentes se descarga con una actualización del índice. Todavía no hay ninguna."
        : "The sources' text is fetched by an index refresh. None has run yet.";
}
