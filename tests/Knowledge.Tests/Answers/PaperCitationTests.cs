using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>A citation of the paper names the paragraph the answer rests on, and links to it on the paper's page.</summary>
[Collection(KnowledgeCollection.Name)]
public class PaperCitationTests(KnowledgeFixture knowledge)
{
    private static readonly Paper Paper = SeedFiles.Seeds.Paper;

    [Fact]
    public void Every_card_citing_the_paper_names_a_paragraph_holding_its_evidence_or_citing_its_source()
    {
        var snapshot = knowledge.Index.Current;
        Assert.Equal(Paper.Passages.Select(p => p.Id), snapshot.PaperPassages.Select(p => p.Id));
        foreach (var card in snapshot.Cards.Cards)
        {
            var answer = knowledge.Answers.ForCard(card.Id, Language.English)!;
            if (answer.Citations.SingleOrDefault(c => c.Id == SourceManifest.PaperId) is not { } paper)
            {
                continue;
            }
            var passage = Paper.Passages.SingleOrDefault(p => p.Id == paper.PassageId);
            Assert.True(passage is not null, $"{card.Id}: the paper is cited at no paragraph");
            Assert.Equal("/paper#" + passage.Id, paper.Url);
            var evidenceSources = new[] { card.EvidenceSource }.Concat(card.Citations).OfType<string>()
                .Where(id => id != SourceManifest.PaperId).SelectMany(id => snapshot.Manifest.Get(id).Footnotes);
            Assert.True(
                card.Evidence.Any(e => passage.Text.Contains(e, StringComparison.Ordinal)) || passage.Footnotes.Intersect(evidenceSources).Any(),
                $"{card.Id}: {passage.Id} neither holds its evidence nor cites its sources");
        }
    }

    [Fact]
    public void Only_the_paper_carries_a_passage_id()
    {
        var answer = knowledge.Answers.Ask("What is an ICE detainer?");

        Assert.All(answer.Citations.Where(c => c.Id != SourceManifest.PaperId), c => Assert.Null(c.PassageId));
        Assert.NotNull(Assert.Single(answer.Citations, c => c.Id == SourceManifest.PaperId).PassageId);
    }

    [Fact]
    public void The_paper_page_address_is_configurable_so_links_can_be_absolute()
    {
        using var snapshot = KnowledgeSnapshot.Open(knowledge.Index.Store.VersionPath(knowledge.Index.Current.Version), knowledge.Index.Current.Version);
        var answers = AnswerService.ForSnapshot(snapshot, new AnswerOptions { PaperPageUrl = "https://rights.example.org/paper" }, ArcticXsEmbedder.Shared);

        var paper = answers.ForCard("detainers", Language.English)!.Citations.Single(c => c.Id == SourceManifest.PaperId);

        Assert.Equal("https://rights.example.org/paper#" + paper.PassageId, paper.Url);
    }

    [Fact]
    public void Two_questions_in_one_message_keep_the_papers_paragraph()
    {
        var answer = knowledge.Answers.Ask("What is an ICE detainer? And can ICE arrest people at courthouses?");

        var paper = Assert.Single(answer.Citations, c => c.Id == SourceManifest.PaperId);
        Assert.NotNull(paper.PassageId);
        Assert.EndsWith("#" + paper.PassageId, paper.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_card_id_has_no_answer()
    {
        Assert.Null(knowledge.Answers.ForCard("no-such-card", Language.English));
    }
}
