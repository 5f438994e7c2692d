using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.TestSupport.Architecture;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Tests.Search;

/// <summary>Every threshold and weight of retrieval and routing is read from one place: <see cref="RoutingCalibration"/>.</summary>
[Collection(KnowledgeCollection.Name)]
public partial class RoutingCalibrationTests(KnowledgeFixture knowledge)
{
    [GeneratedRegex(@"\bconst\s+(double|float|decimal)\b")]
    private static partial Regex NumericConstant();

    [Fact]
    public void No_search_or_routing_code_keeps_a_threshold_or_weight_of_its_own()
    {
        var knowledgeFolder = Path.Combine(SourceTree.SourceFolder(), "Knowledge");
        var offenders = new[] { "Search", "Answers", "Indexing" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(knowledgeFolder, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => Path.GetFileName(path) != $"{nameof(RoutingCalibration)}.cs" && NumericConstant().IsMatch(File.ReadAllText(path)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_router_reads_its_floors_from_the_calibration()
    {
        const string question = "What is an ICE detainer?";
        var calibrated = AnswerService.ForSnapshot(knowledge.Index.Current, new AnswerOptions(), ArcticXsEmbedder.Shared);
        var unreachable = new AnswerOptions
        {
            Calibration = new RoutingCalibration { MinFusedScore = 2, MinAnchoredFusedScore = 2, MinOfferScore = 2, MinConfidence = 1.0, MinAnchoredConfidence = 1.0 },
        };
        var strict = AnswerService.ForSnapshot(knowledge.Index.Current, unreachable, ArcticXsEmbedder.Shared);

        Assert.Equal(AnswerKinds.Card, calibrated.Ask(question).Kind);
        Assert.NotEqual(AnswerKinds.Card, strict.Ask(question).Kind);
    }

    [Fact]
    public void The_calibration_is_bound_from_knowledge_calibration_and_validated()
    {
        Assert.Equal(0.97, Options(("Knowledge:Calibration:MinFusedScore", "0.97")).Value.Calibration.MinFusedScore);
        Assert.Equal(new RoutingCalibration().MinOfferScore, Options(("Knowledge:Calibration:MinFusedScore", "0.97")).Value.Calibration.MinOfferScore);
        Assert.Throws<OptionsValidationException>(() => Options(("Knowledge:Calibration:MinCardCoverage", "1.5")).Value);
    }

    private static IOptions<AnswerOptions> Options(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)).Append(KeyValuePair.Create("Knowledge:DataPath", (string?)Path.GetTempPath())));
        builder.AddKnowledge();
        return builder.Build().Services.GetRequiredService<IOptions<AnswerOptions>>();
    }
}
