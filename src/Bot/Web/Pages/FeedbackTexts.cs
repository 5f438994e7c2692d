namespace KnowYourRights.Bot.Web.Pages;

/// <summary>The words of the <c>/ask</c> page's "was this helpful?" buttons and their replies, in English and Spanish.</summary>
internal sealed class FeedbackTexts
{
    public static readonly FeedbackTexts English = new(false);
    public static readonly FeedbackTexts Spanish = new(true);

    private FeedbackTexts(bool es) => Es = es;

    private bool Es { get; }

    public static FeedbackTexts For(PageTexts t) => t.Language == Knowledge.Text.Language.Spanish ? Spanish : English;

    public string Question => Es ? "¿Le sirvió esta respuesta?" : "Was this answer helpful?";

    public string Helpful => Es ? "Sí, me sirvió" : "Helpful";

    public string NotHelpful => Es ? "No me sirvió" : "Not helpful";

    public string Title => Es ? "Gracias" : "Thank you";

    public string Thanks => Es ? "Gracias por decirnos." : "Thank you for telling us.";

    public string NotHelpfulKept => Es
        ? "Guardamos su pregunta sin datos personales, para que el equipo pueda mejorar la respuesta. No guardamos quién es usted."
        : "We keep your question, with personal details removed, so the team can fix the answer. We don't keep who you are.";

    public string HelpfulKept => Es
        ? "Solo contamos el voto. No guardamos quién es usted."
        : "We only count the vote. We don't keep who you are.";

    public string Problem => Es ? "No se pudo guardar" : "Could not be saved";

    public string BadVote => Es ? "Elija \"Sí, me sirvió\" o \"No me sirvió\"." : "Choose \"Helpful\" or \"Not helpful\".";

    public string BadTicket => Es
        ? "Esta respuesta ya no se puede calificar: tiene más de un día, o la página se cambió. Haga la pregunta otra vez para calificar la nueva respuesta."
        : "This answer can no longer be rated: it is more than a day old, or the page was changed. Ask again to rate the new answer.";

    public string CrossSite => Es
        ? "Este voto vino de otro sitio web, así que no se contó. Use los botones debajo de la respuesta en esta página."
        : "This vote came from another website, so it was not counted. Use the buttons under the answer on this site.";

    public string Off => Es ? "Las calificaciones están apagadas en este sitio." : "Rating answers is turned off on this site.";
}
