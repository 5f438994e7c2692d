using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Web.Pages;

/// <summary>
/// Every citation of the paper, from a card or from the paper's own words, links to the paragraph
/// it rests on, and that paragraph's anchor exists on <c>/paper</c>.
/// </summary>
public sealed partial class PaperCitationAnchorTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    [GeneratedRegex(@" id=""(paper-\d+)""")]
    private static partial Regex PassageAnchor();

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Every_cards_paper_citation_resolves_to_an_anchor_on_the_paper_page()
    {
        var anchors = await AnchorsAsync();
        var cards = TestKnowledge.Shared.Index.Current.Cards.Cards;
        var checkedCitations = 0;
        foreach (var card in cards)
        {
            foreach (var answer in new[] { TestKnowledge.Shared.Answers.ForCard(card.Id, Language.English)!, TestKnowledge.Shared.Answers.ForCard(card.Id, Language.Spanish)! })
            {
                foreach (var citation in answer.Citations.Where(c => c.Id == SourceManifest.PaperId))
                {
                    AssertResolves(citation, anchors, card.Id);
                    checkedCitations++;
                }
            }
        }
        // Nearly every card rests on the paper; a handful rest on legal-help directories or a source alone.
        Assert.True(checkedCitations >= cards.Count, $"only {checkedCitations} paper citations over {cards.Count} cards");
    }

    [Fact]
    public async Task A_cards_paper_citation_is_the_paragraph_of_its_evidence()
    {
        var anchors = await AnchorsAsync();
        var answer = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");

        var paper = Assert.Single(answer.Citations, c => c.Id == SourceManifest.PaperId);
        AssertResolves(paper, anchors, "detainers");
        var passage = KnowledgeSeeds.Load(TestKnowledge.SeedsPath).Paper.Passages.Single(p => p.Id == paper.PassageId);
        Assert.Contains("as opposed to a request that they continue detaining the individual", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_extractive_answers_paper_citation_resolves_to_an_anchor_on_the_paper_page()
    {
        var anchors = await AnchorsAsync();
        var seeds = KnowledgeSeeds.Load(TestKnowledge.SeedsPath);
        // Without cards, every question the paper can answer is answered from its own words.
        var dataPath = Path.Combine(Path.GetTempPath(), "kyr-extractive-" + Guid.NewGuid().ToString("n"));
        try
        {
            var store = new IndexStore(dataPath);
            var version = IndexBuilder.Build(seeds with { Cards = AnswerCardCatalog.Empty }, store, ArcticXsEmbedder.Shared).Version;
            using var snapshot = KnowledgeSnapshot.Open(store.VersionPath(version), version);
            var answers = AnswerService.ForSnapshot(snapshot, new AnswerOptions(), ArcticXsEmbedder.Shared);
            // A sample: the opening words of every fourth paragraph, asked as a question.
            var questions = seeds.Paper.Passages.Where((_, i) => i % 4 == 0)
                .Select(p => string.Join(' ', p.Text.Split(' ').Take(12)) + "?")
                .Append("Why do ICE arrests at courthouses matter for witnesses?")
                .ToList();
            var extractive = questions.Select(q => answers.Ask(q)).Where(a => a.Kind == AnswerKinds.Extractive).ToList();

            Assert.True(extractive.Count >= questions.Count / 2, $"only {extractive.Count} of {questions.Count} answered from the paper's words");
            var paperCitations = extractive.SelectMany(a => a.Citations.Where(c => c.Id == SourceManifest.PaperId).Select(c => (a.Question, c))).ToList();
            Assert.NotEmpty(paperCitations);
            Assert.All(paperCitations, x => AssertResolves(x.c, anchors, x.Question));
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task The_answer_api_links_the_paper_to_its_page()
    {
        var json = await _client.GetStringAsync("/api/answer?q=" + Uri.EscapeDataString("What is an ICE detainer?"));

        Assert.Matches(@"""id"":""paper"",""title"":""[^""]+"",""url"":""/paper#paper-\d{3}"",""publisher"":null,""date"":""2020-11"",""passageId"":""paper-\d{3}""", json);
    }

    private async Task<HashSet<string>> AnchorsAsync() =>
        PassageAnchor().Matches(await _client.GetStringAsync("/paper")).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static void AssertResolves(AnswerCitation citation, HashSet<string> anchors, string what)
    {
        Assert.True(citation.PassageId is not null, $"{what}: the paper is cited at no paragraph");
        Assert.Equal("/paper#" + citation.PassageId, citation.Url);
        Assert.True(anchors.Contains(citation.PassageId!), $"{what}: #{citation.PassageId} is not on /paper");
    }
}
