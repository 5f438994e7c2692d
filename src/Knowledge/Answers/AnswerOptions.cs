using System.ComponentModel.DataAnnotations;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;

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
    /// Messages longer than this are refused (not truncated). A message over 2,000 characters (a
    /// long story) is read for its question(s), so it is answered like a short one; this limit and
    /// each channel's byte limits only keep abuse out. SMS delivers at most 1,600 characters.
    /// </summary>
    [Range(20, 16000)]
    public int MaxQuestionLength { get; set; } = 8000;

    /// <summary>
    /// Compare questions with the index by meaning too (sentence vectors from a local model; ~300 MB
    /// of memory). Off: the lexical path alone, as an index built without vectors also answers.
    /// </summary>
    public bool SemanticSearch { get; set; } = true;

    /// <summary>
    /// Answer one question while the app starts (after loading the sentence model), so the first
    /// person to ask does not pay for the first answer's one-time work: the index's analysis for
    /// search, Lucene's first reads, the answer path's first run (about 0.3 s).
    /// </summary>
    public bool WarmUpAnswer { get; set; } = true;

    /// <summary>
    /// Every threshold and weight of retrieval and routing (section <c>Knowledge:Calibration</c>):
    /// when a card answers, when a choice of cards is offered, when a question is declined.
    /// </summary>
    public RoutingCalibration Calibration { get; set; } = new();

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
