using System.ComponentModel.DataAnnotations;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;

namespace KnowYourRights.Knowledge;

/// <summary>Configuration section "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The data folder holding the index versions. Default: <c>data</c> beside the app.</summary>
    public string DataPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The seeds folder an index is built from. Default: <c>seeds</c> beside the app.</summary>
    public string SeedsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");

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

    /// <summary>How long a process waits for another one's first index build.</summary>
    public TimeSpan BuildWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often a running app checks <c>indexes/CURRENT</c> for a version another process made
    /// live (a file watcher usually notices sooner). Zero turns the check off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan IndexCheckInterval { get; set; } = KnowledgeIndex.DefaultCheckInterval;

    /// <summary>How long a replaced index version stays open after a switch (questions holding it finish first anyway).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetireDelay { get; set; } = KnowledgeIndex.DefaultRetireDelay;

    /// <summary>
    /// The paper's page, which citations of the paper link to at a paragraph's anchor
    /// (<c>/paper#paper-012</c>). Relative by default; the app makes it absolute from
    /// <c>App:PublicBaseUrl</c> when that is set, so it is not configured on its own.
    /// </summary>
    public string PaperPageUrl { get; set; } = "/paper";

    /// <summary>Card ids offered as the topic menu (welcome, declines), in order; missing ids are skipped.</summary>
    public List<string> MenuTopics { get; set; } = ["detainers", "courthouse", "287g", "fingerprints", "dmv", "cap", "legal-help"];
}
