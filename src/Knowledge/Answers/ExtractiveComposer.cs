using System.Text;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Composes an answer from the paper itself: the few sentences of the best passages that carry
/// the question's concepts, each followed by numbered citations for the footnotes it cites (or
/// the paper, for a sentence without a footnote). A sentence from a cited source's own text
/// (a source passage) cites that source.
/// </summary>
internal static class ExtractiveComposer
{
    private const int MaxSentences = 3;
    private const int MaxWords = 80;

    public static (string Text, IReadOnlyList<AnswerCitation> Citations) Compose(
        KnowledgeSnapshot snapshot, IReadOnlyList<Concept> concepts, IReadOnlyList<SearchHit> passages, string paperPage)
    {
        var candidates = passages
            .SelectMany((hit, passageRank) => SentenceSplitter.Split(hit.Payload).Select((sentence, index) => new Candidate(
                sentence,
                passageRank,
                index,
                concepts.Where(c => c.Terms.Overlaps(QuestionAnalysis.Terms(snapshot, Superscripts.Strip(sentence)))).ToHashSet(),
                SourceOf(hit, snapshot.Manifest),
                hit.Type == IndexFields.PassageType ? hit.Id : null)))
            .ToList();

        // Greedy: take the sentence that adds the most uncovered weight; prefer the best passage on ties.
        var chosen = new List<Candidate>();
        var covered = new HashSet<Concept>();
        var words = 0;
        while (chosen.Count < MaxSentences)
        {
            var next = candidates
                .Where(c => !chosen.Contains(c))
                .Select(c => (Candidate: c, Gain: c.Concepts.Except(covered).Sum(x => x.Weight)))
                .Where(x => x.Gain > 0)
                .OrderByDescending(x => x.Gain)
                .ThenBy(x => x.Candidate.Passage)
                .ThenBy(x => x.Candidate.Index)
                .Select(x => x.Candidate)
                .FirstOrDefault();
            var nextWords = next is null ? 0 : ReadingGrade.CountWords(next.Sentence);
            if (next is null || (chosen.Count > 0 && words + nextWords > MaxWords))
            {
                break;
            }
            chosen.Add(next);
            covered.UnionWith(next.Concepts);
            words += nextWords;
        }

        var citations = new CitationList(snapshot.Manifest, paperPage);
        var text = new StringBuilder();
        foreach (var candidate in chosen.OrderBy(c => c.Passage).ThenBy(c => c.Index))
        {
            var cited = candidate.Source is { } source
                ? Superscripts.Strip(candidate.Sentence).TrimEnd() + $" [{citations.NumberOf(source)}]"
                : WithCitationMarkers(candidate, citations, snapshot.Manifest);
            text.Append(text.Length > 0 ? " " : string.Empty).Append(cited);
        }
        return (text.ToString(), citations.ToCitations());
    }

    /// <summary>Replaces footnote markers with [n] citation numbers; cites the paper (at the sentence's paragraph) when there is none.</summary>
    private static string WithCitationMarkers(Candidate candidate, CitationList citations, SourceManifest manifest)
    {
        var sentence = candidate.Sentence;
        var footnotes = Superscripts.MarkersIn(sentence);
        var numbers = footnotes.Count == 0
            ? [citations.NumberOf(manifest.Paper, candidate.PaperPassageId)]
            : footnotes.SelectMany(f => citations.ForFootnote(f, candidate.PaperPassageId)).Distinct().ToList();
        var markers = string.Concat(numbers.Select(n => $"[{n}]"));
        return Superscripts.Strip(sentence).TrimEnd() + " " + markers;
    }

    /// <summary>The source a source passage is cited as; null for the paper's passages (they cite their footnotes).</summary>
    private static Source? SourceOf(SearchHit hit, SourceManifest manifest) =>
        hit.Type != IndexFields.SourceType ? null
        : hit.SourceId is { } id && manifest.TryGet(id, out var source) ? source
        : manifest.Paper;

    /// <param name="PaperPassageId">The id of the paper's paragraph the sentence comes from (null for a source's own text).</param>
    private sealed record Candidate(string Sentence, int Passage, int Index, HashSet<Concept> Concepts, Source? Source, string? PaperPassageId);
}
