using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// A card cites the source behind its claim: when the paper's sentence a card's evidence quote
/// comes from carries a footnote marker (in the sentence, or right after its full stop), the card
/// cites one of that footnote's sources from <c>seeds/sources.json</c> beside the paper, so a reader
/// can check the claim where it comes from. (A citation added for a footnote goes after the paper;
/// a card about the source itself, such as a court case's ruling, may list that source first.) A quote taken from a footnote's own text rests on that
/// footnote. A footnote that lists several sources is satisfied by any one of them.
/// </summary>
public static class FootnoteCitationRules
{
    /// <summary>The footnotes each of the card's evidence quotes rests on, in the quotes' order.</summary>
    public static IReadOnlyList<(string Quote, IReadOnlyList<int> Footnotes)> FootnotesBehind(AnswerCard card, Paper paper) =>
        card.Evidence.Select(quote => (quote, FootnotesBehind(quote, paper))).ToList();

    /// <summary>The footnotes the sentence(s) holding <paramref name="quote"/> cite; empty when none (or the quote is not found).</summary>
    public static IReadOnlyList<int> FootnotesBehind(string quote, Paper paper)
    {
        foreach (var passage in paper.Passages)
        {
            var start = passage.Text.IndexOf(quote, StringComparison.Ordinal);
            if (start >= 0)
            {
                return MarkersOfSentences(passage.MarkedText, start, start + quote.Length);
            }
        }
        foreach (var footnote in paper.Footnotes.Values)
        {
            if (footnote.Text.Contains(quote, StringComparison.Ordinal))
            {
                return [footnote.Number];
            }
        }
        return [];
    }

    /// <summary>Every footnote behind the card's evidence whose sources the card does not cite, each said in a short line.</summary>
    public static IReadOnlyList<string> Problems(AnswerCard card, Paper paper, SourceManifest manifest)
    {
        var problems = new List<string>();
        foreach (var number in FootnotesBehind(card, paper).SelectMany(q => q.Footnotes).Distinct())
        {
            var sources = manifest.ForFootnote(number);
            if (sources.Count == 0)
            {
                continue;
            }
            if (!sources.Any(s => IndexOf(card.Citations, s.Id) >= 0))
            {
                problems.Add($"citations: the evidence rests on footnote {number}; cite its source ({string.Join(" or ", sources.Select(s => s.Id))})");
            }
        }
        return problems;
    }

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], id, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The markers of every sentence of <paramref name="marked"/> that overlaps the span
    /// [<paramref name="start"/>, <paramref name="end"/>) of its marker-free text. The splitter keeps
    /// a marker right after a full stop with the sentence it ends.
    /// </summary>
    private static IReadOnlyList<int> MarkersOfSentences(string marked, int start, int end)
    {
        var found = new List<int>();
        var cursor = 0;
        var plainOffset = 0;
        foreach (var sentence in SentenceSplitter.Split(marked))
        {
            var at = marked.IndexOf(sentence, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            // Plain offset of the sentence: the skipped text (whitespace, markers) counted without markers.
            plainOffset += Superscripts.Strip(marked[cursor..at]).Length;
            var plainLength = Superscripts.Strip(sentence).Length;
            if (plainOffset < end && plainOffset + plainLength > start)
            {
                found.AddRange(Superscripts.MarkersIn(sentence).Where(n => !found.Contains(n)));
            }
            plainOffset += plainLength;
            cursor = at + sentence.Length;
        }
        return found;
    }
}
