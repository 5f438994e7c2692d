using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The paragraph of the paper a card rests on: where a citation of the paper links to
/// (<c>/paper#paper-012</c>), so a reader lands on the words behind the answer.
/// </summary>
internal static class EvidencePassage
{
    /// <summary>
    /// The first paragraph or list item that holds one of the card's evidence quotes; for a quote
    /// taken from a footnote, the paragraph that cites that footnote (its source's footnotes); for
    /// a card with no evidence, the first paragraph citing a footnote of one of its sources. Null
    /// when none fits (a card resting only on legal-help directories).
    /// </summary>
    public static string? For(AnswerCard card, IReadOnlyList<Passage> passages, SourceManifest manifest)
    {
        foreach (var quote in card.Evidence)
        {
            if (passages.FirstOrDefault(p => p.Text.Contains(quote, StringComparison.Ordinal)) is { } holding)
            {
                return holding.Id;
            }
        }
        var sources = new[] { card.EvidenceSource }.Concat(card.Citations).OfType<string>();
        foreach (var id in sources)
        {
            if (id != SourceManifest.PaperId && manifest.TryGet(id, out var source)
                && passages.FirstOrDefault(p => p.Footnotes.Any(source.Footnotes.Contains)) is { } citing)
            {
                return citing.Id;
            }
        }
        return null;
    }
}
