namespace KnowYourRights.Knowledge.Corpus;

/// <summary>One footnote of the paper, rejoined if a page break cut it.</summary>
/// <param name="Number">The footnote number (1-based, as printed).</param>
/// <param name="Text">The footnote text with Markdown emphasis and URL brackets removed.</param>
/// <param name="Urls">Every URL the footnote gives, in order.</param>
public sealed record Footnote(int Number, string Text, IReadOnlyList<string> Urls);
