using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>Both projects follow <see cref="HostingExtensionsRule"/>.</summary>
public sealed class HostingExtensionsRuleTests
{
    private const string Registrations = "namespace KnowYourRights.Bot.Api;\npublic static class ApiHostingExtensions { public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder b) => b; }";

    [Fact]
    public void Every_Add_extension_is_in_its_folders_hosting_extensions_and_every_Map_extension_in_its_endpoint_class() =>
        Findings.AssertNone(HostingExtensionsRule.Violations(SourceTree.Read(SourceTree.SourceFolder())));

    [Fact]
    public void Routes_mapped_in_their_endpoint_class_pass()
    {
        var files = SourceTree.Parse([
            ("Bot/Api/ApiHostingExtensions.cs", Registrations),
            ("Bot/Api/AnswerApi.cs", "namespace KnowYourRights.Bot.Api;\npublic static class AnswerApi { public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app) => app; }"),
            ("Bot/Web/Pages/PagesApi.cs", "namespace KnowYourRights.Bot.Web.Pages;\npublic static class PagesApi { public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app) => app; }"),
        ]);

        Assert.Empty(HostingExtensionsRule.Violations(files));
    }

    [Fact]
    public void Routes_mapped_in_the_hosting_extensions_are_reported()
    {
        var files = SourceTree.Parse([
            ("Bot/Api/ApiHostingExtensions.cs", Registrations.Replace(" }", " public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app) => app; }", StringComparison.Ordinal)),
        ]);

        Assert.Equal(["Bot/Api/ApiHostingExtensions.cs: MapAnswerApi belongs in its endpoint class, AnswerApi"], HostingExtensionsRule.Violations(files));
    }

    [Fact]
    public void Routes_mapped_in_another_groups_class_are_reported()
    {
        var files = SourceTree.Parse([
            ("Bot/Api/HealthApi.cs", "namespace KnowYourRights.Bot.Api;\npublic static class HealthApi { public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app) => app; }"),
        ]);

        Assert.Equal(["Bot/Api/HealthApi.cs: MapAnswerApi belongs in its endpoint class, AnswerApi"], HostingExtensionsRule.Violations(files));
    }

    [Fact]
    public void A_page_mapped_in_a_file_of_another_name_is_reported()
    {
        var files = SourceTree.Parse([
            ("Bot/Web/Pages/PagesRoutes.cs", "namespace KnowYourRights.Bot.Web.Pages;\npublic static class PagesRoutes { public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app) => app; }"),
        ]);

        Assert.Equal(["Bot/Web/Pages/PagesRoutes.cs: MapPages belongs in its endpoint class, Pages or PagesApi"], HostingExtensionsRule.Violations(files));
    }

    [Fact]
    public void A_registration_outside_the_hosting_extensions_is_reported()
    {
        var files = SourceTree.Parse([
            ("Bot/Api/AnswerApi.cs", "namespace KnowYourRights.Bot.Api;\npublic static class AnswerApi { public static IHostApplicationBuilder AddAnswerApi(this IHostApplicationBuilder b) => b; }"),
        ]);

        Assert.Equal(["Bot/Api/AnswerApi.cs: AddAnswerApi belongs in the folder's HostingExtensions class"], HostingExtensionsRule.Violations(files));
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
