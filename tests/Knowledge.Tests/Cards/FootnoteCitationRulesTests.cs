using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>A card whose evidence sentence carries a footnote marker cites that footnote's source, after the paper.</summary>
public sealed class FootnoteCitationRulesTests
{
    private static KnowledgeSeeds Seeds => SeedFiles.Seeds;

    public static TheoryData<string> CardIds() => new(SeedFiles.Seeds.Cards.Cards.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_card_cites_the_sources_of_the_footnotes_behind_its_evidence(string id)
    {
        Assert.Empty(FootnoteCitationRules.Problems(Card(id), Seeds.Paper, Seeds.Manifest));
    }

    [Theory]
    // "Litigation stalled some of the Trump administration's most pernicious attempts,¹⁰": the Seventh Circuit's Byrne JAG decision.
    [InlineData("funding-threats", 10, "city-of-chicago-v-barr-2020")]
    // "Many of these jurisdictions already had troubling civil rights records,¹⁶ and their participation … could accelerate racial profiling": the ACLU's letter.
    [InlineData("287g", 16, "aclu-letter-287g-agreements")]
    // "Furthermore, the Biden administration cannot return to the Priority Enforcement Program (PEP).¹⁹": Jeh Johnson's 2014 memo that made PEP.
    [InlineData("pep-problems", 19, "dhs-johnson-secure-communities-memo-2014")]
    public void Cards_whose_claims_rest_on_a_footnote_cite_its_source_after_the_paper(string id, int footnote, string source)
    {
        var card = Card(id);

        Assert.Contains(FootnoteCitationRules.FootnotesBehind(card, Seeds.Paper), q => q.Footnotes.Contains(footnote));
        Assert.Contains(source, card.Citations);
        Assert.Contains(footnote, Seeds.Manifest.Get(source).Footnotes);
        Assert.True(card.Citations.ToList().IndexOf(source) > card.Citations.ToList().IndexOf(SourceManifest.PaperId));
    }

    [Fact]
    public void A_card_that_drops_the_footnotes_source_is_told_which_to_cite()
    {
        var card = Card("287g");
        var dropped = card with { Citations = card.Citations.Where(c => c != "ice-287g-delegation").ToList() };

        var problem = Assert.Single(FootnoteCitationRules.Problems(dropped, Seeds.Paper, Seeds.Manifest));
        Assert.Contains("footnote 15", problem);
        Assert.Contains("ice-287g-delegation", problem);
        Assert.Empty(FootnoteCitationRules.Problems(card, Seeds.Paper, Seeds.Manifest));
    }

    [Fact]
    public void A_marker_right_after_the_full_stop_belongs_to_the_sentence_it_ends()
    {
        var paper = PaperParser.Parse(SeedFiles.PaperText);
        var passage = paper.Passages.First(p => p.Footnotes.Count > 0 && p.MarkedText.Contains('.'));
        var sentence = KnowYourRights.Knowledge.Text.SentenceSplitter.Split(passage.MarkedText)
            .First(s => KnowYourRights.Knowledge.Text.Superscripts.MarkersIn(s).Count > 0);
        var quote = KnowYourRights.Knowledge.Text.Superscripts.Strip(sentence)[..20];

        Assert.Equal(KnowYourRights.Knowledge.Text.Superscripts.MarkersIn(sentence), FootnoteCitationRules.FootnotesBehind(quote, paper));
    }

    private static AnswerCard Card(string id) => Seeds.Cards.TryGet(id, out var card) ? card : throw new KeyNotFoundException(id);
}
