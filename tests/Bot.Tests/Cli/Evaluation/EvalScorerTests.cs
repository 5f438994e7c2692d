using KnowYourRights.Bot.Cli.Evaluation;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Tests.Cli.Evaluation;

/// <summary>The scoring rules of the project's scorer, on made-up questions and answers.</summary>
public class EvalScorerTests
{
    private const string PlainAnswer = "A detainer is a request from ICE to a jail. It asks the jail to hold a person for two more days. [1]";

    private static readonly AnswerCitation Aclu = new(1, "aclu", "ACLU: Detainers and the Fourth Amendment", "https://www.aclu.org/detainers", "ACLU", null);

    private static Answer Answered(string text = PlainAnswer, AnswerQuote? quote = null, params AnswerCitation[] citations) => new()
    {
        Question = "q", Answered = true, Kind = AnswerKinds.Card, Text = text, Notice = "n", Language = "en", Quote = quote,
        Citations = citations.Length == 0 ? [Aclu] : citations,
    };

    private static readonly Answer Declined = new() { Question = "q", Answered = false, Kind = AnswerKinds.Decline, Text = "I can't answer that from my sources.", Notice = "n", Language = "en" };

    private static EvalQuestion InScope(string[] terms, int? minTerms = null, string[]? cite = null, string[]? forbid = null, string lang = "en") =>
        new("t1", "What is a detainer?", EvalQuestion.AnswerKind, lang, terms, minTerms, cite, forbid);

    private static readonly EvalQuestion OutOfScope = new("t2", "Capital of France?", EvalQuestion.DeclineKind, "en");

    [Fact]
    public void An_answer_passes_with_min_terms_of_its_terms_any_alternative_in_any_case()
    {
        var question = InScope(["DETAINER", "hold|keep", "warrant"], minTerms: 2);

        var verdict = EvalScorer.Check(question, Answered(), EvalRules.Default);

        Assert.True(verdict.Passed, string.Join("; ", verdict.Reasons));
        Assert.Equal(EvalError.None, verdict.Error);
    }

    [Fact]
    public void Too_few_terms_is_an_answer_wrong_or_partly()
    {
        var verdict = EvalScorer.Check(InScope(["detainer", "warrant", "judge"], minTerms: 2), Answered(), EvalRules.Default);

        Assert.False(verdict.Passed);
        Assert.Equal(EvalError.AnsweredWrong, verdict.Error);
        Assert.Equal("answer holds 1/2 expected terms (detainer, warrant, judge)", Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Terms_are_found_in_the_quote_beside_the_answer()
    {
        var answer = Answered(quote: new AnswerQuote("Detainers violate the Fourth Amendment.", "aclu"));

        Assert.True(EvalScorer.Check(InScope(["fourth amendment"]), answer, EvalRules.Default).Passed);
    }

    [Fact]
    public void A_forbidden_term_fails_even_a_complete_answer_and_an_empty_alternative_forbids_nothing()
    {
        var forbidden = EvalScorer.Check(InScope(["detainer"], forbid: ["bond|two more days"]), Answered(), EvalRules.Default);
        var empty = EvalScorer.Check(InScope(["detainer"], forbid: ["|bond"]), Answered(), EvalRules.Default);

        Assert.Equal(EvalError.AnsweredWrong, forbidden.Error);
        Assert.Contains("forbidden term(s) (bond|two more days)", forbidden.Reasons.Single(), StringComparison.Ordinal);
        Assert.True(empty.Passed);
    }

    [Fact]
    public void A_missing_citation_fails_the_item_without_calling_the_answer_wrong()
    {
        var cited = EvalScorer.Check(InScope(["detainer"], cite: ["cato|ACLU.ORG"]), Answered(), EvalRules.Default);
        var uncited = EvalScorer.Check(InScope(["detainer"], cite: ["cato"]), Answered(), EvalRules.Default);

        Assert.True(cited.Passed);
        Assert.False(uncited.Passed);
        Assert.Equal(EvalError.None, uncited.Error);
    }

    [Fact]
    public void Require_citations_fails_an_answer_that_cites_nothing()
    {
        var answer = Answered() with { Citations = [] };

        Assert.True(EvalScorer.Check(InScope(["detainer"]), answer, EvalRules.Default).Passed);
        Assert.False(EvalScorer.Check(InScope(["detainer"]), answer, new EvalRules(RequireCitations: true)).Passed);
    }

    [Fact]
    public void In_scope_and_not_answered_is_a_miss()
    {
        var verdict = EvalScorer.Check(InScope(["detainer"]), Declined, EvalRules.Default);

        Assert.Equal(EvalError.NotAnswered, verdict.Error);
        Assert.Null(verdict.Grade);
    }

    [Fact]
    public void Out_of_scope_passes_when_declined_without_citations()
    {
        Assert.True(EvalScorer.Check(OutOfScope, Declined, EvalRules.Default).Passed);
        Assert.Equal(EvalError.OutOfScopeAnswered, EvalScorer.Check(OutOfScope, Answered(), EvalRules.Default).Error);
        var citedDecline = EvalScorer.Check(OutOfScope, Declined with { Citations = [Aclu] }, EvalRules.Default);
        Assert.False(citedDecline.Passed);
        Assert.Equal(EvalError.None, citedDecline.Error);
    }

    [Fact]
    public void The_answer_grade_limit_holds_for_English_answers_only()
    {
        var hard = Answered("Immigration detainers constitute administrative authorizations necessitating constitutional justification. [1]");
        var rules = new EvalRules(MaxAnswerGrade: 6);

        var english = EvalScorer.Check(InScope(["detainer"]), hard, rules);
        var spanish = EvalScorer.Check(InScope(["detainer"], lang: "es"), hard, rules);

        Assert.False(english.Passed);
        Assert.StartsWith("reading grade ", english.Reasons.Single(), StringComparison.Ordinal);
        Assert.True(spanish.Passed);
    }

    [Fact]
    public void The_grade_reads_the_answer_up_to_its_sources_and_none_under_five_words()
    {
        var withSources = EvalScorer.Grade(PlainAnswer + "\nSources:\n[1] Extraordinarily complicated institutional documentation https://x.org");

        Assert.Equal(EvalScorer.Grade(PlainAnswer), withSources);
        Assert.InRange(withSources!.Value, 0, 6);
        Assert.Null(EvalScorer.Grade("Call a lawyer."));
    }
}
