using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>Numbers sources in the order an answer first cites them: [1], [2], …</summary>
internal sealed class CitationList(SourceManifest manifest)
{
    private readonly List<Source> _sources = [];

    /// <summary>The citation number of a source, adding it if new.</summary>
    public int NumberOf(Source source)
    {
        var index = _sources.FindIndex(s => s.Id == source.Id);
        if (index < 0)
        {
            _sources.Add(source);
            index = _sources.Count - 1;
        }
        return index + 1;
    }

    /// <summary>The numbers for a footnote's sources; the paper itself when a footnote is unknown.</summary>
    public IReadOnlyList<int> ForFootnote(int footnote)
    {
        var sources = manifest.ForFootnote(footnote);
        return (sources.Count > 0 ? sources : [manifest.Paper]).Select(NumberOf).ToList();
    }

    public IReadOnlyList<AnswerCitation> ToCitations() =>
        _sources.Select((s, i) => new AnswerCitation(i + 1, s.Id, s.CitationTitle, s.Url, s.Publisher, s.Date)).ToList();
}
