using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>Turns an answer card into an answer: its plain text, its citations, and its supporting quote.</summary>
internal static class CardComposer
{
    public static (string Text, string? Summary, IReadOnlyList<AnswerCitation> Citations, AnswerQuote? Quote, bool Translated) Compose(
        AnswerCard card, KnowledgeSnapshot snapshot, string language, string paperPage)
    {
        var manifest = snapshot.Manifest;
        var spanish = language == Language.Spanish && card.AnswerEs is not null;
        var citations = new CitationList(manifest, paperPage);
        var evidence = EvidencePassage.For(card, snapshot.PaperPassages, manifest);
        foreach (var id in card.Citations)
        {
            // Numbers follow the card's own order, which its [n] markers use.
            citations.NumberOf(manifest.TryGet(id, out var source) ? source : manifest.Paper, evidence);
        }
        AnswerQuote? quote = null;
        if (card.Evidence.Count > 0)
        {
            // The quote is cited too; a source the answer itself does not cite is listed after the answer's own.
            var quoteSource = manifest.TryGet(card.EvidenceSource ?? SourceManifest.PaperId, out var source) ? source : manifest.Paper;
            citations.NumberOf(quoteSource, evidence);
            quote = new AnswerQuote(card.Evidence[0], quoteSource.Id);
        }
        // A Spanish answer gets the Spanish summary; an answer in English (asked in Spanish or not) the English one.
        var summary = spanish ? card.SummaryEs ?? card.Summary : card.Summary;
        return (spanish ? card.AnswerEs! : card.Answer, summary, citations.ToCitations(), quote, spanish);
    }
}
