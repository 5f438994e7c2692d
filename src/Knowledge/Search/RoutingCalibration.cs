using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Every threshold and weight of retrieval and routing, in one place (configuration section
/// <c>Knowledge:Calibration</c>). Search reads the weights that rank; the router reads the floors
/// that decide between a card, a choice of cards ("Did you mean"), quoted passages and a decline;
/// the verification stage reads how much of a question the chosen card must account for.
/// </summary>
/// <remarks>
/// <para>
/// The defaults were fitted on part of the public question sets (<c>dev.jsonl</c>, <c>dev2.jsonl</c>
/// and the project's <c>eval/probe*.jsonl</c>) and reported on the rest (<c>dev3.jsonl</c>), at a
/// point that favours precision: a "did you mean" or an honest decline is better than a wrong answer.
/// <c>docs/calibration.md</c> shows the trade-off and the figures.
/// </para>
/// <para>
/// Scores: a card's <em>lexical</em> confidence is the mean of its concept coverage and its likeness
/// to its nearest way of asking (0–1); its <em>semantic</em> score is the cosine of the question's
/// sentence vector and the card's nearest one; its <em>fused</em> score is semantic +
/// <see cref="LexicalWeight"/> × lexical (0–1.3). It lives in Search, the lowest layer that reads any
/// of it; Answers reads it from there.
/// </para>
/// </remarks>
public sealed class RoutingCalibration
{
    /// <summary>
    /// The most a generic word's concept weighs ("put", "safe", "family"; a topical word weighs
    /// about 1.5–4.5). Fixed, not configured: it shapes what each index version analyses once.
    /// </summary>
    public const double GenericWordMaxWeight = 0.4;

    // ── Search: ranking ─────────────────────────────────────────────────────────────────────

    /// <summary>How many lexical hits (BM25) a question retrieves.</summary>
    [Range(1, 200)]
    public int MaxHits { get; set; } = 30;

    /// <summary>How much BM25 (relative to the best hit) adds to a hit's coverage when ranking lexical hits.</summary>
    [Range(0.0, 1.0)]
    public double Bm25Weight { get; set; } = 0.25;

    /// <summary>The fused score: cosine + this × lexical confidence (the score every card floor reads).</summary>
    [Range(0.0, 2.0)]
    public double LexicalWeight { get; set; } = 0.3;

    /// <summary>
    /// The lexical weight that orders the cards for a Spanish question: the sentence model is
    /// English-only, so the words count double in the order. The fused score the floors read keeps
    /// <see cref="LexicalWeight"/>, so a Spanish question is not answered more readily.
    /// </summary>
    [Range(0.0, 2.0)]
    public double SpanishRankingLexicalWeight { get; set; } = 0.6;

    // ── Routing: a card ─────────────────────────────────────────────────────────────────────

    /// <summary>The least fused score at which a card answers.</summary>
    [Range(0.0, 2.0)]
    public double MinFusedScore { get; set; } = 0.93;

    /// <summary>The same for a question that names one of the cards' topics.</summary>
    [Range(0.0, 2.0)]
    public double MinAnchoredFusedScore { get; set; } = 0.91;

    /// <summary>
    /// The least cosine at which a card answers, whatever its words share with the question: a card
    /// far in meaning that shares one word ("license" in "a fishing license") is not the answer.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCardSemantic { get; set; } = 0.82;

    /// <summary>The least lexical confidence at which a card's own words carry a question (and outweigh a nearer out-of-scope subject).</summary>
    [Range(0.0, 1.0)]
    public double MinCardConfidence { get; set; } = 0.5;

    /// <summary>
    /// Cards whose fused and semantic scores both differ by less than this are a tie: ask, do not guess.
    /// Kept to a near-exact tie (two cards as good as the same): at 0.005 the ties on all 1,196 eval
    /// questions were three, each one the top card answered right; a close runner-up is offered
    /// first among the follow-ups instead (<see cref="RunnerUpMargin"/>).
    /// </summary>
    [Range(0.0, 1.0)]
    public double TieMargin { get; set; } = 0.001;

    /// <summary>
    /// A card at most this much (fused) below the best that accounts for clearly more of the
    /// question's content words (<see cref="MinCoverageGain"/>) answers instead: retrieval ranks by
    /// what a card shares with the question, never by what it leaves out ("which places…" is the
    /// sensitive-places card's, not the raids card's). 0 turns it off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double CoverageSwapMargin { get; set; } = 0.02;

    /// <summary>How much more of the question's content words (weighted share, 0–1) such a card must account for.</summary>
    [Range(0.0, 1.0)]
    public double MinCoverageGain { get; set; } = 0.15;

    /// <summary>A second card this close (fused) to the answer's is offered as its first follow-up.</summary>
    [Range(0.0, 1.0)]
    public double RunnerUpMargin { get; set; } = 0.03;

    /// <summary>An out-of-scope subject must be about as near in meaning as the best card (this much below at most), not only share its words.</summary>
    [Range(0.0, 1.0)]
    public double OutOfScopeSlack { get; set; } = 0.01;

    // ── Routing: did you mean ───────────────────────────────────────────────────────────────

    /// <summary>Below the card floors but at least this (fused): offer the closest cards.</summary>
    [Range(0.0, 2.0)]
    public double MinOfferScore { get; set; } = 0.88;

    /// <summary>A choice of cards is offered only to a question that shares some words with the best one (a recipe question shares none).</summary>
    [Range(0.0, 1.0)]
    public double MinOfferLexical { get; set; } = 0.2;

    /// <summary>A choice of cards is offered only to a question whose meaning is near the best one.</summary>
    [Range(0.0, 1.0)]
    public double MinOfferSemantic { get; set; } = 0.84;

    /// <summary>Cards this much (fused) below the best still make the offer; further below, they are noise.</summary>
    [Range(0.0, 1.0)]
    public double OfferSpread { get; set; } = 0.06;

    /// <summary>How many cards a "did you mean" offers at most.</summary>
    [Range(1, 10)]
    public int CardsOffered { get; set; } = 3;

    // ── Routing: passages of the paper and sources ──────────────────────────────────────────

    /// <summary>The least concept coverage at which a passage of the paper may answer.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>The least coverage for a question that names one of the cards' topics (the topic word anchors it).</summary>
    [Range(0.0, 1.0)]
    public double MinAnchoredConfidence { get; set; } = 0.35;

    /// <summary>The least cosine at which a paper or source passage counts as near the question.</summary>
    [Range(0.0, 1.0)]
    public double MinPassageSimilarity { get; set; } = 0.80;

    /// <summary>A refreshed source's passage answers instead of the best card when its coverage beats the card's lexical confidence by this much (and, without vectors, a card wins unless the paper matches this much better).</summary>
    [Range(0.0, 1.0)]
    public double CardPreference { get; set; } = 0.15;

    /// <summary>Without sentence vectors: two cards whose lexical ranks differ by less than this are too close to choose between.</summary>
    [Range(0.0, 1.0)]
    public double AmbiguityMargin { get; set; } = 0.03;

    // ── Verification: does the chosen card account for the question? ────────────────────────

    /// <summary>
    /// A question whose content words name a subject the sources leave out (<c>words</c> in
    /// <c>out-of-scope.yaml</c>) at least this much (weighted share, 0–1) is declined, not answered
    /// with a card that shares its other words ("the ICE office's phone number to pay a bond").
    /// </summary>
    [Range(0.0, 1.01)]
    public double MinOutOfScopeWordShare { get; set; } = 0.2;

    /// <summary>
    /// A card whose words account for less than this share of the question's content words (0–1)
    /// is not the answer but an offer ("Did you mean"), or a decline when it is not near in meaning either.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCardCoverage { get; set; } = 0.0;

    /// <summary>
    /// A question more than this share (0–1) of whose content words no card uses at all ("recipe",
    /// "quokka") is not answered with a card, unless the card is this near in meaning
    /// (<see cref="MinForeignSemantic"/>): the card then answers what the question shares with it.
    /// </summary>
    [Range(0.0, 1.01)]
    public double MaxForeignShare { get; set; } = 1.01;

    /// <summary>The cosine at which a card answers a question with many words no card uses (see <see cref="MaxForeignShare"/>).</summary>
    [Range(0.0, 1.01)]
    public double MinForeignSemantic { get; set; } = 0.9;

    // ── Routing: follow-ups ─────────────────────────────────────────────────────────────────

    /// <summary>In a follow-up, a card this close to the one already shown is preferred to it.</summary>
    [Range(0.0, 1.0)]
    public double FollowUpMargin { get; set; } = 0.02;

    /// <summary>In a follow-up, how much the message alone counts beside the message read with its topic.</summary>
    [Range(0.0, 2.0)]
    public double FollowUpAloneWeight { get; set; } = 0.5;

    /// <summary>In a follow-up that asks a kind of fact (how many, why…), how much a card that answers that kind is preferred.</summary>
    [Range(0.0, 1.0)]
    public double FollowUpKindWeight { get; set; } = 0.04;

    /// <summary>
    /// In a follow-up, how much the previous card and the follow-ups chosen for it by hand are
    /// preferred to cards found only by searching the message read with its topic: a message that
    /// names no topic ("what should happen instead?") is near many cards by meaning alone.
    /// </summary>
    [Range(0.0, 1.0)]
    public double FollowUpChosenWeight { get; set; } = 0.03;

    /// <summary>
    /// The card just shown wins a follow-up again only when none of its own follow-ups is within this
    /// of it; otherwise that follow-up answers (the same answer is never sent twice in a row).
    /// </summary>
    [Range(0.0, 1.0)]
    public double FollowUpRepeatMargin { get; set; } = 0.08;

    /// <summary>
    /// A card's sentence at least this share of whose words its summary already has restates the
    /// summary: it is not the part a follow-up asks for ("and after the 100 days?" gets the sentence
    /// on what comes after, not the one on the 100 days the summary gave).
    /// </summary>
    [Range(0.0, 1.0)]
    public double FollowUpRestatedShare { get; set; } = 0.7;

    /// <summary>
    /// A card that answers the kind of question asked ("how many" → one holding numbers) answers
    /// instead of the chosen card that does not, when its fused score is at most this below.
    /// </summary>
    [Range(0.0, 1.0)]
    public double KindMargin { get; set; } = 0.02;
}
