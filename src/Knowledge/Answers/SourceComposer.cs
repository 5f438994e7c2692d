using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// "Who wrote that?", "who documented those cases?", "where was it published?" asked of the answer
/// just given: where that answer comes from. The card's own words about its sources come first (the
/// paragraphs citing a source other than the paper: "A 2016 guide by the Immigrant Legal Resource
/// Center calls CAP…"), then each of those sources named (who, where, when); a card resting on the
/// paper alone says that the paper names no other source for it. Never the card again: the card is
/// one tap away.
/// </summary>
internal sealed class SourceComposer(AnswerBuilder builder)
{
    /// <summary>The card's paragraphs on its sources given at most: the sources' names follow them.</summary>
    private const int MaxParagraphs = 2;

    /// <summary>The sources behind <paramref name="card"/>'s answer, or null for a card of legal-help directories.</summary>
    public Answer? Compose(string question, string language, AnswerCard card, KnowledgeSnapshot snapshot)
    {
        if (FollowUpComposer.IsDirectoryCard(card, snapshot))
        {
            return null;
        }
        var full = builder.ForCard(card, language, snapshot);
        var external = full.Citations.Where(c => CitedSource(c.Id, snapshot.Manifest) is not null).Select(c => c.Number).ToHashSet();
        var paragraphs = full.Text.Split("\n\n").Where(p => CitationMarkers.Numbers(p).Any(external.Contains)).Take(MaxParagraphs).ToList();
        var (text, citations) = paragraphs.Count > 0
            ? FromParagraphs(full, paragraphs, language, snapshot)
            : FromThePaper(full, language, snapshot);
        return full with
        {
            Question = question,
            Text = text,
            Summary = null,
            Quote = null,
            Citations = citations,
            ReadingGrade = AnswerBuilder.Grade(text),
        };
    }

    /// <summary>
    /// The card's paragraphs that name its sources, then each of those sources as a reader names it
    /// (who, title, where, when: what "who wrote it and where was it published?" asks), renumbered to
    /// the citations they use, the paper first.
    /// </summary>
    private static (string Text, IReadOnlyList<AnswerCitation> Citations) FromParagraphs(Answer full, IReadOnlyList<string> paragraphs, string language, KnowledgeSnapshot snapshot)
    {
        var joined = string.Join("\n\n", paragraphs.Select(p => p.Trim()));
        var cited = CitationMarkers.Numbers(joined).Select(n => full.Citations.First(c => c.Number == n)).ToList();
        var sources = cited.Select(c => (c.Number, Source: CitedSource(c.Id, snapshot.Manifest))).Where(s => s.Source is not null).ToList();
        if (full.Citations.FirstOrDefault(c => c.Id == SourceManifest.PaperId) is { } paper && !cited.Contains(paper))
        {
            joined = SourceTexts.PaperPointsTo(language, sources.Count) + $" [{paper.Number}]\n\n" + joined;
        }
        var lines = sources.Select(s => $"- {SourceTexts.Describe(s.Source!, language)} [{s.Number}]");
        var text = joined + "\n" + string.Join("\n", lines);
        var used = CitationMarkers.Numbers(text).Select(n => full.Citations.First(c => c.Number == n)).ToList();
        var citations = new List<AnswerCitation>();
        return (AnswerCombiner.Renumber(full with { Text = text, Citations = used }, citations), citations);
    }

    /// <summary>The paper alone: it names no other source for what the card says.</summary>
    private static (string Text, IReadOnlyList<AnswerCitation> Citations) FromThePaper(Answer full, string language, KnowledgeSnapshot snapshot)
    {
        var paper = full.Citations.FirstOrDefault(c => c.Id == SourceManifest.PaperId)
            ?? new AnswerCitation(1, SourceManifest.PaperId, snapshot.Manifest.Paper.CitationTitle, null, snapshot.Manifest.Paper.Publisher, snapshot.Manifest.Paper.Date);
        return (SourceTexts.PaperItself(language) + " [1]", [paper with { Number = 1 }]);
    }

    /// <summary>The source <paramref name="id"/> names when it is one the paper cites (not the paper itself, not a legal-help directory).</summary>
    private static Source? CitedSource(string id, SourceManifest manifest) =>
        id != SourceManifest.PaperId && manifest.TryGet(id, out var source) && !source.IsDirectory ? source : null;
}
