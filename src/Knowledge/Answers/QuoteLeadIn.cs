using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The line that introduces an answer's quote, in the answer's language. Every source is in
/// English, so inside a Spanish answer the quote is introduced in Spanish and says it is in English
/// ("El documento dice, en inglés:"): a reader must never meet English words without warning.
/// Every renderer that shows a quote (Web Chat, the simple pages, the command line) uses this one line.
/// </summary>
public static class QuoteLeadIn
{
    public const string PaperTitle = "Ending ICE's Use of State and Local Resources";

    /// <summary>The lead-in for <paramref name="answer"/>'s quote; empty when it has none.</summary>
    public static string For(Answer answer)
    {
        if (answer.Quote is not { } quote)
        {
            return string.Empty;
        }
        var fromPaper = quote.CitationId == SourceManifest.PaperId;
        var title = fromPaper ? PaperTitle : answer.Citations.FirstOrDefault(c => c.Id == quote.CitationId)?.Title;
        return For(answer.Language, fromPaper, title);
    }

    /// <param name="fromPaper">True when the quote is the paper's own words.</param>
    /// <param name="sourceTitle">The quoted source's title, when known.</param>
    public static string For(string language, bool fromPaper, string? sourceTitle)
    {
        if (language == Language.Spanish)
        {
            // The source's title stays in English (it is a name); the sentence around it is Spanish.
            var name = fromPaper ? PaperTitle : sourceTitle;
            return string.IsNullOrWhiteSpace(name) ? "El documento dice, en inglés:" : $"El documento dice, en inglés (\"{name}\"):";
        }
        return fromPaper ? $"From the paper \"{PaperTitle}\":"
            : string.IsNullOrWhiteSpace(sourceTitle) ? "From the source:"
            : $"From \"{sourceTitle}\":";
    }
}
