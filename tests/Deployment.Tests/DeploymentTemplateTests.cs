using System.Text.Json;

namespace KnowYourRights.Deployment.Tests;

public class DeploymentTemplateTests
{
    private static string Template(string file) => Path.Combine(BicepCli.TemplatesPath, file);

    [Fact]
    public async Task The_committed_json_is_what_the_bicep_builds()
    {
        var (exit, built, error) = await BicepCli.RunAsync("build", "main.bicep", "--stdout");

        Assert.True(exit == 0, error);
        var committed = await File.ReadAllTextAsync(Template("main.json"));
        Assert.True(
            Normalize(committed) == Normalize(built),
            "deploymentTemplates/main.json is stale: run `bicep build deploymentTemplates/main.bicep` (see README, Deploy to Azure).");
    }

    [Fact]
    public async Task The_template_lints_clean_with_the_rules_raised_to_errors()
    {
        var (exit, output, error) = await BicepCli.RunAsync("lint", "main.bicep");

        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain("Warning", output + error, StringComparison.OrdinalIgnoreCase);
        var config = JsonDocument.Parse(await File.ReadAllTextAsync(Template("bicepconfig.json")));
        var rules = config.RootElement.GetProperty("analyzers").GetProperty("core").GetProperty("rules");
        Assert.Equal("error", rules.GetProperty("outputs-should-not-contain-secrets").GetProperty("level").GetString());
        Assert.Equal("error", rules.GetProperty("secure-parameter-default").GetProperty("level").GetString());
    }

    [Fact]
    public async Task The_template_deploys_a_linux_dotnet_10_app_an_azure_bot_and_its_channels()
    {
        using var template = JsonDocument.Parse(await File.ReadAllTextAsync(Template("main.json")));
        var resources = template.RootElement.GetProperty("resources");
        var all = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value).ToList()
            : resources.EnumerateArray().ToList();
        string Type(JsonElement r) => r.GetProperty("type").GetString()!;

        var bot = Assert.Single(all, r => Type(r) == "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", bot.GetProperty("kind").GetString());
        var site = Assert.Single(all, r => Type(r) == "Microsoft.Web/sites");
        Assert.Contains("DOTNETCORE|10.0", site.GetRawText());
        var channels = all.Where(r => Type(r) == "Microsoft.BotService/botServices/channels").Select(r => r.GetRawText()).ToList();
        Assert.Contains(channels, c => c.Contains("DirectLineChannel"));
        Assert.Contains(channels, c => c.Contains("WebChatChannel"));
        Assert.Contains(channels, c => c.Contains("SmsChannel"));

        var appTypes = template.RootElement.GetProperty("parameters").GetProperty("appType").GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString());
        Assert.DoesNotContain("MultiTenant", appTypes);
        foreach (var setting in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Knowledge__DataPath" })
        {
            Assert.Contains($"\"{setting}\"", site.GetRawText());
        }
    }

    [Fact]
    public async Task No_secret_is_written_in_any_template_or_parameters_file()
    {
        using var template = JsonDocument.Parse(await File.ReadAllTextAsync(Template("main.json")));
        var parameters = template.RootElement.GetProperty("parameters");
        foreach (var secret in new[] { "appPassword", "twilioAuthToken", "adminApiKey" })
        {
            Assert.Equal("securestring", parameters.GetProperty(secret).GetProperty("type").GetString());
        }
        using var values = JsonDocument.Parse(await File.ReadAllTextAsync(Template("main.parameters.json")));
        var given = values.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain("appPassword", given);
        Assert.DoesNotContain("twilioAuthToken", given);
        Assert.DoesNotContain("adminApiKey", given);
        Assert.All(given, name => Assert.True(parameters.TryGetProperty(name, out _), $"unknown parameter '{name}'"));
    }

    private static string Normalize(string json) => json.Replace("\r\n", "\n").Trim();
}
