using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>Both projects follow <see cref="HostingExtensionsRule"/>.</summary>
public sealed class HostingExtensionsRuleTests
{
    [Fact]
    public void Every_Add_and_Map_extension_is_in_its_folders_one_hosting_extensions_class() =>
        Findings.AssertNone(HostingExtensionsRule.Violations(SourceTree.Read(SourceTree.SourceFolder())));

    [Fact]
    public void An_endpoint_mapped_outside_the_hosting_extensions_is_reported()
    {
        var files = SourceTree.Parse([
            ("Bot/Api/AnswerApi.cs", "namespace KnowYourRights.Bot.Api;\npublic static class AnswerApi { public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app) => app; }"),
            ("Bot/Api/ApiHostingExtensions.cs", "namespace KnowYourRights.Bot.Api;\npublic static class ApiHostingExtensions { public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder b) => b; }"),
        ]);

        Assert.Equal(["Bot/Api/AnswerApi.cs: MapAnswerApi belongs in the folder's HostingExtensions class"], HostingExtensionsRule.Violations(files));
    }

    [Fact]
    public void Two_hosting_extensions_classes_in_one_folder_are_reported()
    {
        var files = SourceTree.Parse([
            ("Bot/Bots/BotHostingExtensions.cs", "namespace KnowYourRights.Bot.Bots;\nstatic class BotHostingExtensions;"),
            ("Bot/Bots/StateHostingExtensions.cs", "namespace KnowYourRights.Bot.Bots;\nstatic class StateHostingExtensions;"),
        ]);

        Assert.Single(HostingExtensionsRule.Violations(files));
    }
}
