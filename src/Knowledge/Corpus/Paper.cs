namespace KnowYourRights.Knowledge.Corpus;

/// <summary>The parsed policy paper: its passages in reading order and its footnotes by number.</summary>
public sealed record Paper(string Title, IReadOnlyList<Passage> Passages, IReadOnlyDictionary<int, Footnote> Footnotes);
