using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Knowledge.Tests.Architecture;

/// <summary>
/// The knowledge core's ladder, bottom first: Text ← Embeddings ← Corpus/Cards/Sources ← Indexing ← Search
/// ← Answers ← Refresh ← Insights (docs/architecture.md). The project root (options, hosting) wires
/// them together and is on no rung.
/// </summary>
public static class KnowledgeLayers
{
    private const string Root = "KnowYourRights.Knowledge.";

    public static readonly IReadOnlyList<Layer> BottomUp =
    [
        new("Text", [Root + "Text"]),
        new("Embeddings", [Root + "Embeddings"]),
        new("Corpus/Cards/Sources", [Root + "Corpus", Root + "Cards", Root + "Sources"]),
        new("Indexing", [Root + "Indexing"]),
        new("Search", [Root + "Search"]),
        new("Answers", [Root + "Answers"]),
        new("Refresh", [Root + "Refresh"]),
        new("Insights", [Root + "Insights"]),
    ];
}
