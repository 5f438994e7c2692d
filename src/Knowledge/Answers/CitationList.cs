using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Numbers sources in the order an answer first cites them: [1], [2], … The paper is cited at a
/// paragraph: the answer rests on the first one it names, and the citation links to that paragraph
/// on the paper's page (<paramref name="paperPage"/>#id).
/// </summary>
internal sealed class CitationList(SourceManifest manifest, string paperPage)
{
    private readonly List<Source> _sources = [];
    private string? _paperPassage;

    /// <summary>The citation number of a source, adding it if new; for the paper, the paragraph cited (the first one given stays).</summary>
    public int NumberOf(Source source, string? paperPassageId = null)
    {
        if (source.Id == SourceManifest.PaperId)
        {
            _paperPassage ??= paperPassageId;
        }
        var index = _sources.FindIndex(s => s.Id == source.Id);
        if (index < 0)
        {
            _sources.Add(source);
            index = _sources.Count - 1;
        }
        return index + 1;
    }

    /// <summary>The numbers for a footnote's sources; the paper itself (at the citing paragraph) when a footnote is unknown.</summary>
    public IReadOnlyList<int> ForFootnote(int footnote, string? paperPassageId)
    {
        var sources = manifest.ForFootnote(footnote);
        return sources.Count > 0 ? sources.Select(s => NumberOf(s)).ToList() : [NumberOf(manifest.Paper, paperPassageId)];
    }

    public IReadOnlyList<AnswerCitation> ToCitations() =>
        _sources.Select((s, i) => s.Id == SourceManifest.PaperId ? Paper(i + 1, s) : new AnswerCitation(i + 1, s.Id, s.CitationTitle, s.Url, s.Publisher, s.Date)).ToList();

    /// <summary>The paper is read on its page here, at the paragraph when one is known.</summary>
    private AnswerCitation Paper(int number, Source paper) =>
        new(number, paper.Id, paper.CitationTitle, _paperPassage is null ? paperPage : $"{paperPage}#{_paperPassage}", paper.Publisher, paper.Date)
        {
            PassageId = _paperPassage,
        };
}
