using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The bot's own first sentences when a question asks for one fact (a number, a length of time, a
/// date) or for what to do, in English and Spanish: plain, and honest about what the paper leaves out.
/// </summary>
internal static class AnswerFirstTexts
{
    /// <summary>The card does not hold the fact asked for.</summary>
    public static string NotGiven(QuestionKind kind, string language) => (kind, language == Language.Spanish) switch
    {
        (QuestionKind.HowLong, false) => "The paper does not give a time limit for this.",
        (QuestionKind.HowLong, true) => "El documento no da un límite de tiempo para esto.",
        (QuestionKind.When, false) => "The paper does not give a date for this.",
        (QuestionKind.When, true) => "El documento no da una fecha para esto.",
        (_, false) => "The paper does not give a number for this.",
        (_, true) => "El documento no da un número para esto.",
    };

    /// <summary>The fact is in the paper's own words, shown as the quote.</summary>
    public static string InTheQuote(QuestionKind kind, string language) => (kind, language == Language.Spanish) switch
    {
        (QuestionKind.When, false) => "The paper gives the date in its own words, in the quote below.",
        (QuestionKind.When, true) => "El documento da la fecha con sus propias palabras, en la cita de abajo (en inglés).",
        (QuestionKind.HowLong, false) => "The paper gives the time in its own words, in the quote below.",
        (QuestionKind.HowLong, true) => "El documento da el tiempo con sus propias palabras, en la cita de abajo (en inglés).",
        (_, false) => "The paper gives the number in its own words, in the quote below.",
        (_, true) => "El documento da el número con sus propias palabras, en la cita de abajo (en inglés).",
    };

    /// <summary>Leads the short answer to a question asked again of the card just shown.</summary>
    public static string InShort(string language) => language == Language.Spanish ? "En breve:" : "In short:";

    /// <summary>Closes the short answer: the rest is above or one tap away.</summary>
    public static string MoreBelow(string language) => language == Language.Spanish
        ? "Eso es lo que dice el documento sobre esto. Puede ver más en las preguntas de abajo."
        : "That is what the paper says on this. You can learn more from the questions below.";

    /// <summary>Leads the topic's most useful card after the legal-help directories.</summary>
    public static string FromThePaperOnTopic(string topic, string language) => language == Language.Spanish
        ? $"Lo que dice el documento que le puede servir ({topic}):"
        : $"What the paper says that may help ({topic}):";
}
