using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Knowledge.Tests.Architecture;

/// <summary>The knowledge core's code only reaches down its ladder (<see cref="KnowledgeLayers"/>).</summary>
public sealed class LayerDirectionTests
{
    private static readonly IReadOnlyList<SourceFile> Sources = SourceTree.Read(Path.Combine(SourceTree.SourceFolder(), "Knowledge"));

    [Fact]
    public void The_knowledge_layers_only_reference_layers_below_them() =>
        Findings.AssertNone(LayerDirection.Violations(KnowledgeLayers.BottomUp, Sources));

    [Fact]
    public void Every_layer_names_a_folder_that_exists() =>
        Findings.AssertNone(LayerDirection.Unused(KnowledgeLayers.BottomUp, Sources));

    [Fact]
    public void Text_uses_nothing_of_the_project() =>
        Assert.All(Sources.Where(f => f.Namespace == "KnowYourRights.Knowledge.Text"), f => Assert.Empty(f.References));

    // The checks themselves, on made-up files: each upward arrow the issue names is caught.
    [Theory]
    [InlineData("Text", "using KnowYourRights.Knowledge.Corpus;")]
    [InlineData("Corpus", "using KnowYourRights.Knowledge.Indexing;")]
    [InlineData("Cards", "using KnowYourRights.Knowledge.Answers;")]
    [InlineData("Sources", "using KnowYourRights.Knowledge.Refresh;")]
    [InlineData("Indexing", "using KnowYourRights.Knowledge.Search;")]
    [InlineData("Indexing", "using KnowYourRights.Knowledge.Answers;")]
    [InlineData("Search", "using KnowYourRights.Knowledge.Answers;")]
    [InlineData("Answers", "using KnowYourRights.Knowledge.Refresh;")]
    public void A_using_that_points_up_is_reported(string layer, string directive)
    {
        var violations = LayerDirection.ViolationsIn(KnowledgeLayers.BottomUp, ("Low.cs", $"{directive}\nnamespace KnowYourRights.Knowledge.{layer};\npublic static class Low;"));

        Assert.Single(violations);
        Assert.StartsWith("Low.cs: KnowYourRights.Knowledge." + layer, violations[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var c = KnowYourRights.Knowledge.Search.QuestionAnalysis.Analyze(q, this);")]
    [InlineData("var c = Search.QuestionAnalysis.Analyze(q, this);")]
    [InlineData("var c = Knowledge.Search.QuestionAnalysis.Analyze(q, this);")]
    public void A_qualified_name_that_points_up_is_reported(string statement)
    {
        var violations = LayerDirection.ViolationsIn(KnowledgeLayers.BottomUp, ("Indexing/Snapshot.cs", $"namespace KnowYourRights.Knowledge.Indexing;\nclass Snapshot {{ void Open() {{ {statement} }} }}"));

        Assert.Equal(["Indexing/Snapshot.cs: KnowYourRights.Knowledge.Indexing (Indexing) uses KnowYourRights.Knowledge.Search (Search)"], violations);
    }

    [Fact]
    public void Names_down_the_ladder_in_comments_or_strings_or_sideways_on_one_rung_are_not_reported()
    {
        var violations = LayerDirection.ViolationsIn(KnowledgeLayers.BottomUp, (
            "Answers/Composer.cs",
            """
            using KnowYourRights.Knowledge.Corpus;
            using KnowYourRights.Knowledge.Search;
            using KnowYourRights.Knowledge.Text;
            namespace KnowYourRights.Knowledge.Answers;
            // Refresh.IndexRefresher validates what this composes.
            class Composer { string Why = "see KnowYourRights.Knowledge.Refresh"; }
            """),
            ("Sources/Corpus.cs", "using KnowYourRights.Knowledge.Corpus;\nnamespace KnowYourRights.Knowledge.Sources;\nclass SourceCorpus;"));

        Assert.Empty(violations);
    }
}
