using System.Text.Json;

namespace KnowYourRights.Deployment.Tests;

[Trait("Category", "Slow")]
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
            "deploymentTemplates/main.json is stale: run `bicep build deploymentTemplates/main.bicep` (see docs/operations.md, Deploy to Azure).");
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
        using var template = await CompiledTemplate();
        var all = Resources(template);

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
        using var template = await CompiledTemplate();
        var parameters = template.RootElement.GetProperty("parameters");
        string[] secrets = ["appPassword", "twilioAuthToken", "adminApiKey", "sharedKeySecret", "externalRedisConnectionString"];
        foreach (var secret in secrets)
        {
            Assert.Equal("securestring", parameters.GetProperty(secret).GetProperty("type").GetString());
        }
        using var values = JsonDocument.Parse(await File.ReadAllTextAsync(Template("main.parameters.json")));
        var given = values.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, given));
        Assert.All(given, name => Assert.True(parameters.TryGetProperty(name, out _), $"unknown parameter '{name}'"));
    }

    [Fact]
    public async Task One_instance_is_the_cheap_default_and_scaling_out_brings_redis_and_the_share_with_it()
    {
        using var template = await CompiledTemplate();
        var parameters = template.RootElement.GetProperty("parameters");

        Assert.Equal(1, parameters.GetProperty("instanceCount").GetProperty("defaultValue").GetInt32());
        Assert.Equal(1, parameters.GetProperty("instanceCount").GetProperty("minValue").GetInt32());
        Assert.False(parameters.GetProperty("enableAutoscale").GetProperty("defaultValue").GetBoolean());
        foreach (var follows in new[] { "enableRedis", "enableFileShare" })
        {
            // On exactly when more than one instance can run, unless set.
            Assert.Equal("[or(greater(parameters('instanceCount'), 1), parameters('enableAutoscale'))]", parameters.GetProperty(follows).GetProperty("defaultValue").GetString());
        }
        using var values = JsonDocument.Parse(await File.ReadAllTextAsync(Template("main.parameters.json")));
        var given = values.RootElement.GetProperty("parameters");
        Assert.Equal(1, given.GetProperty("instanceCount").GetProperty("value").GetInt32());
        Assert.False(given.GetProperty("enableAutoscale").GetProperty("value").GetBoolean());
        Assert.False(given.TryGetProperty("enableRedis", out _), "the parameters file would pin Redis instead of letting it follow the instance count");
        var plan = Assert.Single(Resources(template), r => Type(r) == "Microsoft.Web/serverfarms");
        Assert.Equal("[parameters('instanceCount')]", plan.GetProperty("sku").GetProperty("capacity").GetString());
    }

    [Fact]
    public async Task Autoscale_scales_the_plan_out_on_cpu_or_requests_per_instance_and_in_only_when_both_are_low()
    {
        using var template = await CompiledTemplate();

        var autoscale = Assert.Single(Resources(template), r => Type(r).Equals("Microsoft.Insights/autoscalesettings", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("[parameters('enableAutoscale')]", autoscale.GetProperty("condition").GetString());
        var settings = autoscale.GetProperty("properties");
        Assert.Contains("Microsoft.Web/serverfarms", settings.GetProperty("targetResourceUri").GetString());
        var profile = Assert.Single(settings.GetProperty("profiles").EnumerateArray());
        var capacity = profile.GetProperty("capacity");
        Assert.Contains("autoscaleMinInstances", capacity.GetProperty("minimum").GetString());
        Assert.Contains("autoscaleMaxInstances", capacity.GetProperty("maximum").GetString());
        Assert.Contains("instanceCount", capacity.GetProperty("default").GetString());
        var rules = profile.GetProperty("rules").EnumerateArray()
            .Select(r => (Metric: r.GetProperty("metricTrigger"), Direction: r.GetProperty("scaleAction").GetProperty("direction").GetString()))
            .ToList();
        foreach (var direction in new[] { "Increase", "Decrease" })
        {
            var cpu = Assert.Single(rules, r => r.Direction == direction && r.Metric.GetProperty("metricName").GetString() == "CpuPercentage");
            var requests = Assert.Single(rules, r => r.Direction == direction && r.Metric.GetProperty("metricName").GetString() == "Requests");
            Assert.Equal(direction == "Increase" ? "GreaterThan" : "LessThan", cpu.Metric.GetProperty("operator").GetString());
            Assert.Equal(direction == "Increase" ? "GreaterThan" : "LessThan", requests.Metric.GetProperty("operator").GetString());
            Assert.True(requests.Metric.GetProperty("dividePerInstance").GetBoolean());
        }
    }

    [Fact]
    public async Task Redis_takes_only_tls_1_2_and_its_secrets_reach_the_app_only_as_key_vault_references()
    {
        using var template = await CompiledTemplate();
        var all = Resources(template);

        var redis = Assert.Single(all, r => Type(r) == "Microsoft.Cache/redis").GetProperty("properties");
        Assert.False(redis.GetProperty("enableNonSslPort").GetBoolean());
        Assert.Equal("1.2", redis.GetProperty("minimumTlsVersion").GetString());
        var vault = Assert.Single(all, r => Type(r) == "Microsoft.KeyVault/vaults").GetProperty("properties");
        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        var secrets = all.Where(r => Type(r) == "Microsoft.KeyVault/vaults/secrets").Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains(secrets, n => n!.Contains("'redis-connection-string'"));
        Assert.Contains(secrets, n => n!.Contains("'shared-key-secret'"));
        var connection = Assert.Single(all, r => Type(r) == "Microsoft.KeyVault/vaults/secrets" && r.GetProperty("name").GetString()!.Contains("'redis-connection-string'"));
        Assert.Contains("ssl=True", connection.GetProperty("properties").GetProperty("value").GetString());

        // Read with the app's own identity, which may read secrets and nothing else.
        var role = Assert.Single(all, r => Type(r) == "Microsoft.Authorization/roleAssignments").GetProperty("properties");
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRole'))]", role.GetProperty("roleDefinitionId").GetString());
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", template.RootElement.GetProperty("variables").GetProperty("keyVaultSecretsUserRole").GetString());
        Assert.Contains("userAssignedIdentities", role.GetProperty("principalId").GetString());
        var site = Assert.Single(all, r => Type(r) == "Microsoft.Web/sites");
        Assert.Contains("userAssignedIdentities", site.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
        foreach (var name in new[] { "Redis__ConnectionString", "Redis__KeySecret" })
        {
            var value = Setting(site, name);
            Assert.StartsWith("[if(variables('usesRedis'), format('@Microsoft.KeyVault(SecretUri={0})', reference(resourceId('Microsoft.KeyVault/vaults/secrets',", value, StringComparison.Ordinal);
            Assert.DoesNotContain("listKeys", value, StringComparison.Ordinal);
            Assert.DoesNotContain("parameters('sharedKeySecret')", value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_data_share_is_mounted_where_Knowledge_DataPath_points()
    {
        using var template = await CompiledTemplate();
        var all = Resources(template);
        var variables = template.RootElement.GetProperty("variables");

        var share = Assert.Single(all, r => Type(r) == "Microsoft.Storage/storageAccounts/fileServices/shares");
        Assert.Equal("[parameters('enableFileShare')]", share.GetProperty("condition").GetString());
        var storage = Assert.Single(all, r => Type(r) == "Microsoft.Storage/storageAccounts").GetProperty("properties");
        Assert.Equal("TLS1_2", storage.GetProperty("minimumTlsVersion").GetString());
        Assert.False(storage.GetProperty("allowBlobPublicAccess").GetBoolean());
        var mount = Assert.Single(all, r => Type(r) == "Microsoft.Web/sites/config" && r.GetProperty("name").GetString()!.Contains("azurestorageaccounts"));
        var mounted = Assert.Single(mount.GetProperty("properties").EnumerateObject()).Value;
        Assert.Equal("AzureFiles", mounted.GetProperty("type").GetString());
        Assert.Equal("[variables('dataShareName')]", mounted.GetProperty("shareName").GetString());
        Assert.Equal("[variables('dataShareMountPath')]", mounted.GetProperty("mountPath").GetString());
        Assert.StartsWith("/mounts/", variables.GetProperty("dataShareMountPath").GetString(), StringComparison.Ordinal);

        var site = Assert.Single(all, r => Type(r) == "Microsoft.Web/sites");
        Assert.Equal("[if(parameters('enableFileShare'), variables('dataShareMountPath'), '/home/data')]", Setting(site, "Knowledge__DataPath"));
    }

    [Fact]
    public async Task The_site_caps_glibcs_heaps_so_a_floods_memory_is_given_back()
    {
        using var template = await CompiledTemplate();

        var site = Assert.Single(Resources(template), r => Type(r) == "Microsoft.Web/sites");

        Assert.Equal("2", Setting(site, "MALLOC_ARENA_MAX"));
    }

    [Fact]
    public async Task The_rapid_response_hotline_is_taken_as_parameters_under_the_configuration_names_of_the_app()
    {
        using var template = await CompiledTemplate();
        var parameters = template.RootElement.GetProperty("parameters");
        var site = Assert.Single(Resources(template), r => Type(r) == "Microsoft.Web/sites");

        // Empty by default: the app then tells people to call their local hotline and shows no number.
        foreach (var name in new[] { "hotlineName", "hotlinePhone", "hotlineUrl" })
        {
            Assert.Equal(string.Empty, parameters.GetProperty(name).GetProperty("defaultValue").GetString());
        }
        Assert.Equal("[parameters('hotlineName')]", Setting(site, "Urgent__HotlineName"));
        Assert.Equal("[parameters('hotlinePhone')]", Setting(site, "Urgent__HotlinePhone"));
        Assert.Equal("[parameters('hotlineUrl')]", Setting(site, "Urgent__HotlineUrl"));
    }

    [Fact]
    public async Task The_phone_line_is_off_by_default_and_when_on_signs_the_url_it_tells_the_operator_to_enter()
    {
        using var template = await CompiledTemplate();
        var parameters = template.RootElement.GetProperty("parameters");
        var variables = template.RootElement.GetProperty("variables");
        var site = Assert.Single(Resources(template), r => Type(r) == "Microsoft.Web/sites");

        Assert.False(parameters.GetProperty("enableVoice").GetProperty("defaultValue").GetBoolean());
        // Off: the app answers /api/voice with 404 while either setting is empty.
        Assert.Equal("[if(parameters('enableVoice'), variables('voiceWebhookUrl'), '')]", Setting(site, "Twilio__VoiceWebhookUrl"));
        Assert.Equal("[if(parameters('enableVoice'), parameters('twilioAuthToken'), '')]", Setting(site, "Twilio__AuthToken"));
        Assert.Equal("[if(parameters('enableVoice'), parameters('voiceNumber'), '')]", Setting(site, "Outreach__VoiceNumber"));
        // Twilio signs the exact URL: the setting and the output the operator copies are the same value.
        Assert.Equal("[format('{0}api/voice', variables('publicBase'))]", variables.GetProperty("voiceWebhookUrl").GetString());
        Assert.Equal("[variables('publicBase')]", Setting(site, "App__PublicBaseUrl"));
        Assert.Equal(
            "[if(parameters('enableVoice'), variables('voiceWebhookUrl'), '')]",
            template.RootElement.GetProperty("outputs").GetProperty("voiceWebhookUrl").GetProperty("value").GetString());
        Assert.Equal("securestring", parameters.GetProperty("twilioAuthToken").GetProperty("type").GetString());
    }

    [Fact]
    public async Task No_output_holds_a_key_a_secret_or_a_key_vault_address()
    {
        using var template = await CompiledTemplate();
        var secureParameters = template.RootElement.GetProperty("parameters").EnumerateObject()
            .Where(p => p.Value.GetProperty("type").GetString() == "securestring").Select(p => p.Name).ToList();

        foreach (var output in template.RootElement.GetProperty("outputs").EnumerateObject())
        {
            var value = output.Value.GetRawText();
            Assert.DoesNotContain("list", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secret", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Microsoft.Cache", value, StringComparison.Ordinal);
            Assert.All(secureParameters, secret => Assert.DoesNotContain($"parameters('{secret}')", value, StringComparison.Ordinal));
        }
    }

    private static async Task<JsonDocument> CompiledTemplate() => JsonDocument.Parse(await File.ReadAllTextAsync(Template("main.json")));

    private static List<JsonElement> Resources(JsonDocument template)
    {
        var resources = template.RootElement.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value).ToList()
            : resources.EnumerateArray().ToList();
    }

    private static string Type(JsonElement resource) => resource.GetProperty("type").GetString()!;

    /// <summary>The value (an ARM expression or a literal) of one app setting of the site.</summary>
    private static string Setting(JsonElement site, string name) =>
        site.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == name).GetProperty("value").GetString()!;

    private static string Normalize(string json) => json.Replace("\r\n", "\n").Trim();
}
