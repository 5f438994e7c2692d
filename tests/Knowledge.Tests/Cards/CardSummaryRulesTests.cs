using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>Every card says its main thing in one SMS segment, in English and in Spanish, cited and plain.</summary>
public sealed class CardSummaryRulesTests
{
    public static TheoryData<string> CardIds() => new(SeedFiles.Seeds.Cards.Cards.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_cards_summaries_pass_the_rules(string id)
    {
        var card = Card(id);

        Assert.Empty(CardSummaryRules.Problems(card));
        Assert.NotNull(card.SummaryEs);
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_summary_fits_one_segment_in_its_encoding_and_reads_at_grade_6(string id)
    {
        var card = Card(id);

        foreach (var summary in new[] { card.Summary!, card.SummaryEs! })
        {
            Assert.Equal(1, SmsSegments.Count(summary));
            if (SmsSegments.EncodingOf(summary) == SmsEncoding.Gsm7)
            {
                Assert.True(SmsSegments.Length(summary) <= CardSummaryRules.MaxGsm7Length, $"{id}: {SmsSegments.Length(summary)} septets");
            }
            Assert.All(CitationMarkers.Numbers(summary), n => Assert.InRange(n, 1, card.Citations.Count));
        }
        Assert.True(ReadingGrade.FleschKincaid(ReadingGrade.PlainText(card.Summary!)) <= ReadingGrade.TargetGrade);
        Assert.True(ReadingGrade.Crawford(ReadingGrade.PlainText(card.SummaryEs!)) <= ReadingGrade.TargetGrade);
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_spanish_answer_reads_at_grade_6_by_the_spanish_formula_as_its_summary_must(string id)
    {
        var grade = ReadingGrade.Crawford(ReadingGrade.PlainText(Card(id).AnswerEs!));

        Assert.True(grade <= ReadingGrade.TargetGrade, $"{id}: grade {grade:0.0}");
    }

    [Fact]
    public void A_summary_is_shorter_than_the_answer_it_sums_up()
    {
        Assert.All(SeedFiles.Seeds.Cards.Cards, card =>
        {
            Assert.True(card.Summary!.Length < card.Answer.Length, card.Id);
            Assert.True(card.SummaryEs!.Length < card.AnswerEs!.Length, card.Id);
        });
    }

    [Fact]
    public void A_card_without_summaries_is_flagged_for_both()
    {
        var problems = CardSummaryRules.Problems(Sample() with { Summary = null, SummaryEs = null });

        Assert.Equal(["summary: missing", "summaryEs: missing"], problems);
    }

    [Fact]
    public void A_summary_over_150_septets_is_flagged_and_brackets_count_two()
    {
        // 146 letters and " [1]": 150 characters but 152 septets, since [ and ] are GSM-7 extension characters.
        var summary = new string('a', 146) + " [1]";

        Assert.Contains(CardSummaryRules.Problems(Sample() with { Summary = summary }), p => p.StartsWith("summary: 152 Gsm7 characters", StringComparison.Ordinal));
        Assert.Empty(CardSummaryRules.Problems(Sample() with { Summary = new string('a', 144) + " [1]" }));
    }

    [Fact]
    public void A_spanish_summary_with_accents_the_gsm_alphabet_lacks_gets_one_ucs2_segment()
    {
        // á, í, ó and ú are not GSM-7: the message is UCS-2, 70 to a segment. é, ñ, ¿ and ¡ are GSM-7.
        var ucs2 = "Un detainer es un pedido de ICE a la cárcel para retener a alguien. [1]";
        var gsm7 = "¿Qué es? Un pedido de ICE para que retengan a una persona presa hasta que ICE se la pueda llevar, dice el señor. [1]";

        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(ucs2));
        Assert.Equal(71, ucs2.Length);
        Assert.Contains("summaryEs: 71 Ucs2 characters, over one segment (70)", CardSummaryRules.Problems(Sample() with { SummaryEs = ucs2 }));
        Assert.Empty(CardSummaryRules.Problems(Sample() with { SummaryEs = ucs2.Replace("a alguien", "a uno", StringComparison.Ordinal) }));
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(gsm7));
        Assert.True(gsm7.Length > SmsSegments.Ucs2Single);
        Assert.Empty(CardSummaryRules.Problems(Sample() with { SummaryEs = gsm7 }));
    }

    [Fact]
    public void A_summary_must_cite_and_only_the_cards_own_citations()
    {
        Assert.Contains("summary: cites nothing (add an [n] marker)", CardSummaryRules.Problems(Sample() with { Summary = "A detainer is a request from ICE to a jail." }));
        Assert.Contains("summaryEs: [3] is not one of the card's 2 citations", CardSummaryRules.Problems(Sample() with { SummaryEs = "Un pedido de ICE. [3]" }));
    }

    [Fact]
    public void A_summary_over_grade_6_is_flagged_in_either_language()
    {
        var hard = "Immigration detainers constitute administrative requests facilitating transfers of incarcerated individuals into federal custody. [1]";
        var dificil = "Las retenciones migratorias constituyen solicitudes administrativas que facilitan transferencias penitenciarias. [1]";

        Assert.Contains(CardSummaryRules.Problems(Sample() with { Summary = hard }), p => p.StartsWith("summary: reading grade", StringComparison.Ordinal));
        Assert.Contains(CardSummaryRules.Problems(Sample() with { SummaryEs = dificil }), p => p.StartsWith("summaryEs: reading grade", StringComparison.Ordinal));
    }

    private static AnswerCard Sample() => new()
    {
        Id = "sample",
        Topic = "Sample",
        Question = "What is a sample?",
        AsOf = "2020",
        Citations = ["paper", "aclu-florida-sheriff-citizen-2018"],
        Answer = "A sample is a test. [1] It is cited. [2]",
        AnswerEs = "Una muestra es una prueba. [1] Está citada. [2]",
        Summary = "A sample is a test. [1]",
        SummaryEs = "Una muestra es una prueba. [1]",
    };

    private static AnswerCard Card(string id) => SeedFiles.Seeds.Cards.TryGet(id, out var card) ? card : throw new KeyNotFoundException(id);
}
