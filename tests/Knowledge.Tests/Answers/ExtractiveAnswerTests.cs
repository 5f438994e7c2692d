using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;
using KnowYourRights.TestSupport.Knowledge;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>With no card to answer, the paper's own sentences answer, cited to the footnotes they carry.</summary>
public sealed class ExtractiveAnswerTests : IDisposable
{
    /// <summary>The seeds without their cards, built once per run for every test here.</summary>
    private static readonly BuiltVersions PaperOnlyBuilt = new(store =>
        IndexBuilder.Build(SeedFiles.Seeds with { Cards = AnswerCardCatalog.Empty }, store, ArcticXsEmbedder.Shared));

    private readonly KnowledgeFixture _knowledge = new(PaperOnlyBuilt);

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public void Answers_with_the_sentences_that_carry_the_question_and_their_footnotes_sources()
    {
        var answer = _knowledge.Answers.Ask("Have U.S. citizens been held on detainers by mistake?");

        Assert.True(answer.Answered);
        Assert.Equal(AnswerKinds.Extractive, answer.Kind);
        Assert.Null(answer.Summary);
        // The paper's own words are the quote; the answer body is a plain lead-in that cites them.
        Assert.Contains("citizens held on erroneous detainers", answer.Quote!.Text);
        Assert.True(answer.Quote.Text.Length < 700, "a few sentences, not a whole page");
        Assert.True(answer.ReadingGrade <= 8, $"grade {answer.ReadingGrade}");
        Assert.Contains(answer.Citations, c => c.Url!.Contains("aclu.org", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Url!.Contains("cato.org", StringComparison.Ordinal));
        Assert.Equal("2020-11", answer.AsOf);
        Assert.NotEmpty(answer.Passages);
        Assert.DoesNotContain('¹', answer.Text + answer.Quote.Text);
    }

    [Fact]
    public void Every_citation_number_in_the_text_resolves_to_a_listed_source()
    {
        var answer = _knowledge.Answers.Ask("How does Secure Communities share fingerprints with ICE?");

        Assert.True(answer.Answered);
        var numbers = CitationMarkers.Numbers(answer.Text);
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Contains(answer.Citations, c => c.Number == n));
    }

    [Fact]
    public void A_sentence_without_a_footnote_is_cited_to_the_paper_itself()
    {
        var answer = _knowledge.Answers.Ask("Why do ICE arrests at courthouses matter for witnesses?");

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Id == "paper");
    }

    [Fact]
    public void Off_topic_questions_are_still_declined()
    {
        Assert.Equal(AnswerKinds.Decline, _knowledge.Answers.Ask("What's the capital of France?").Kind);
    }
}
