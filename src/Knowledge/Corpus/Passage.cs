using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Corpus;

/// <summary>A paragraph or list item of the paper: the unit that is indexed and quoted.</summary>
/// <param name="Id">Stable id, e.g. <c>paper-012</c> (the paper's reading order).</param>
/// <param name="Heading">Heading path, e.g. "Recommendations to the President › First 100 Days › 1".</param>
/// <param name="MarkedText">The text with its footnote markers (¹²) kept, so each sentence can be cited.</param>
/// <param name="Footnotes">Footnote numbers the passage's markers name, in order.</param>
public sealed record Passage(string Id, string Heading, string MarkedText, IReadOnlyList<int> Footnotes)
{
    /// <summary>The text without footnote markers: what is indexed and shown.</summary>
    public string Text => Superscripts.Strip(MarkedText);
}
