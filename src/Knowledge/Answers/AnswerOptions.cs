using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// How questions are answered, in configuration section "Knowledge" (shared with
/// <see cref="Indexing.IndexOptions"/>: one section for operators, one options type per layer):
/// the longest message, the meaning search, the thresholds, the cache, the paper's page and the topic menu.
/// </summary>
public sealed class AnswerOptions
{
    public const string Section = "Knowledge";

    /// <summary>
    /// Messages longer than this are refused (not truncated). Web chat allows 2,000 characters and
    /// SMS 1,600, so any message a channel accepts is answered: a long one is read for its question(s).
    /// </summary>
    [Range(20, 4000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>
    /// Compare questions with the index by meaning too (sentence vectors from a local model; ~300 MB
    /// of memory). Off: the lexical path alone, as an index built without vectors also answers.
    /// </summary>
    public bool SemanticSearch { get; set; } = true;

    /// <summary>The least fused score (cosine + 0.3 × lexical confidence) at which a card answers.</summary>
    [Range(0.0, 2.0)]
    public double MinFusedScore { get; set; } = 0.93;

    /// <summary>The same for a question that names one of the cards' topics.</summary>
    [Range(0.0, 2.0)]
    public double MinAnchoredFusedScore { get; set; } = 0.91;

    /// <summary>Below the card floors but at least this: offer the closest cards ("Did you mean").</summary>
    [Range(0.0, 2.0)]
    public double MinOfferScore { get; set; } = 0.88;

    /// <summary>The least cosine at which a paper or source passage counts as near the question.</summary>
    [Range(0.0, 1.0)]
    public double MinPassageSimilarity { get; set; } = 0.80;

    /// <summary>In a follow-up, a card this close to the one already shown is preferred to it.</summary>
    [Range(0.0, 1.0)]
    public double FollowUpMargin { get; set; } = 0.02;

    /// <summary>The least concept coverage at which a passage of the paper may answer.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>
    /// The least confidence at which a question that names one of the cards' topics may be
    /// answered (lower than <see cref="MinConfidence"/>: the topic word anchors it in the subject).
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinAnchoredConfidence { get; set; } = 0.35;

    /// <summary>The least concept coverage at which an answer card may answer.</summary>
    [Range(0.0, 1.0)]
    public double MinCardConfidence { get; set; } = 0.5;

    /// <summary>Two cards whose ranks differ by less than this are too close to choose between: ask "Did you mean".</summary>
    [Range(0.0, 1.0)]
    public double AmbiguityMargin { get; set; } = 0.03;

    /// <summary>
    /// Recent answers kept in memory per process, so a repeated question (menu buttons, topic
    /// links, popular questions) is answered without searching again; 0 turns the cache off.
    /// Keyed by the message without personal details and the previous card, for the live index version only.
    /// </summary>
    [Range(0, 100_000)]
    public int AnswerCacheSize { get; set; } = 2048;

    /// <summary>
    /// The paper's page, which citations of the paper link to at a paragraph's anchor
    /// (<c>/paper#paper-012</c>). Relative by default; the host makes it absolute (the Bot from
    /// <c>App:PublicBaseUrl</c>) through <c>AddKnowledge</c>'s paper page function, so it is not configured on its own.
    /// </summary>
    public string PaperPageUrl { get; set; } = "/paper";

    /// <summary>Card ids offered as the topic menu (welcome, declines), in order; missing ids are skipped.</summary>
    public List<string> MenuTopics { get; set; } = ["detainers", "courthouse", "287g", "fingerprints", "dmv", "cap", "legal-help"];
}
