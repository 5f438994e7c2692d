using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Tests.Fixtures;
using Microsoft.Extensions.Options;
using KnowYourRights.TestSupport.Fixtures;
using KnowYourRights.TestSupport.Knowledge;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>Source passages are cited as their source, and leave the paper's and the cards' answers as they were.</summary>
public sealed class SourcePassageAnswerTests : IDisposable
{
    private static readonly string[] Unchanged =
    [
        "What is an ICE detainer?",
        "Can ICE arrest me at court?",
        "What is PEP?",
        "Where can I get free legal help?",
        "What should the President do in the first 100 days?",
        "How should states limit jail access for ICE?",
        "Why do police chiefs say working with ICE hurts trust?",
    ];

    /// <summary>The seeds plus one fixture source and its passages, built once per run: both tests answer from it and neither tests its build.</summary>
    private static readonly BuiltVersions WithFixtureSourceBuilt = new(store =>
    {
        var source = TestData.Fixture("quillmoor", "https://example.org/quillmoor", "Quillmoor County news");
        var seeds = SeedFiles.Seeds with { Manifest = new SourceManifest(SeedFiles.Seeds.Manifest.Paper, [.. SeedFiles.Seeds.Manifest.Sources, source]) };
        var text = KnowYourRights.Knowledge.Sources.HtmlTextExtractor.Extract(FixtureDocuments.Html, "utf-8");
        return IndexBuilder.Build(seeds, store, ArcticXsEmbedder.Shared, sourcePassages: SourceTextSplitter.Split(source, text));
    });

    private readonly TestData _seedsOnly = new();
    private readonly TestData _withSources = new();

    public void Dispose()
    {
        _seedsOnly.Dispose();
        _withSources.Dispose();
    }

    [Fact]
    public void Answers_from_the_paper_and_cards_do_not_change_when_sources_are_indexed()
    {
        var (plain, plainIndex) = Answers(_seedsOnly, SeedFiles.Built);
        var (withSources, sourcesIndex) = WithFixtureSource();
        using (plainIndex)
        using (sourcesIndex)
        {
            foreach (var question in Unchanged)
            {
                var before = plain.Ask(question);
                var after = withSources.Ask(question);
                Assert.Equal((before.Kind, before.CardId, before.Text), (after.Kind, after.CardId, after.Text));
                Assert.Equal(before.Citations, after.Citations);
            }
        }
    }

    [Fact]
    public void A_sentence_from_a_source_passage_cites_the_source_with_its_url_and_date()
    {
        var (answers, index) = WithFixtureSource();
        using (index)
        {
            var answer = answers.Ask(FixtureDocuments.HtmlQuestion);

            Assert.Equal(AnswerKinds.Extractive, answer.Kind);
            var citation = Assert.Single(answer.Citations);
            Assert.Equal(new AnswerCitation(1, "quillmoor", "Quillmoor County news", "https://example.org/quillmoor", "Fixture Publisher", "2026-03"), citation);
            Assert.EndsWith("[1]", answer.Text);
            Assert.Equal("2026-03", answer.AsOf);
            Assert.Contains(answer.Passages, p => p.Id == "quillmoor#001" && p.Heading == "Quillmoor County news");
        }
    }

    private (AnswerService, KnowledgeIndex) WithFixtureSource() => Answers(_withSources, WithFixtureSourceBuilt);

    private static (AnswerService, KnowledgeIndex) Answers(TestData data, BuiltVersions built)
    {
        built.CopyInto(data.DataPath);
        var index = KnowledgeIndex.Open(data.DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.Zero);
        return (new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared), index);
    }
}
