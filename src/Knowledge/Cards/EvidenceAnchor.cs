using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>Where an evidence quote is on the paper page: its paragraph's id (<c>paper-012</c>) or its footnote's anchor (<c>fn-12</c>).</summary>
public static class EvidenceAnchor
{
    /// <summary>The anchor on <c>/paper</c> of the paragraph or footnote holding <paramref name="quote"/>; null when the paper does not hold it.</summary>
    public static string? For(string quote, IReadOnlyList<Passage> passages, IReadOnlyDictionary<int, Footnote> footnotes)
    {
        if (passages.FirstOrDefault(p => p.Text.Contains(quote, StringComparison.Ordinal)) is { } passage)
        {
            return passage.Id;
        }
        return footnotes.Values.FirstOrDefault(f => f.Text.Contains(quote, StringComparison.Ordinal)) is { } footnote
            ? "fn-" + footnote.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
