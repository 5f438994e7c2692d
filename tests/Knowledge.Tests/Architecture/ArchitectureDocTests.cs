using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Knowledge.Tests.Architecture;

/// <summary>docs/architecture.md tells the knowledge core's ladder the direction test enforces (<see cref="KnowledgeLayers"/>).</summary>
public sealed class ArchitectureDocTests
{
    [Fact]
    public void The_docs_knowledge_ladder_is_the_one_the_direction_test_enforces()
    {
        var documented = ArchitectureDoc.Ladder(File.ReadAllText(ArchitectureDoc.FilePath()), "knowledge", "KnowYourRights.Knowledge.");

        Assert.Equal(ArchitectureDoc.Rungs(KnowledgeLayers.BottomUp.Select(l => l.Namespaces)), ArchitectureDoc.Rungs(documented));
    }
}
