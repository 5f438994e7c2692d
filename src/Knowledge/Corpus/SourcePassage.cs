namespace KnowYourRights.Knowledge.Corpus;

/// <summary>A paragraph-sized chunk of a cited source's own text: indexed and cited as that source.</summary>
/// <param name="Id">Stable within one build, e.g. <c>task-force-21st-century-policing-2015#004</c>.</param>
/// <param name="SourceId">The manifest id of the source the text came from.</param>
/// <param name="Heading">The source's title, so a hit shows where it comes from.</param>
/// <param name="Text">Plain text; no footnote markers (a source's own footnotes are not the paper's).</param>
public sealed record SourcePassage(string Id, string SourceId, string Heading, string Text);
