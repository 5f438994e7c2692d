using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Tests.Web;

namespace KnowYourRights.Bot.Tests.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: what it covers, Spectral's lint of it, and a
/// Portman + Newman run generated from it against the real app on Kestrel (127.0.0.1): contract
/// tests of every operation, fuzzed questions and requests without the admin key. Zero failures
/// means no 5xx and every response matching the schema of its status code.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OpenApiTests(OpenApiTests.Fixture fixture) : IClassFixture<OpenApiTests.Fixture>
{
    public const string AdminKey = "openapi-fuzz-admin-key-0123456789";

    /// <summary>The app on a real socket over a copy of the test index (the fuzzer refreshes and rolls it back).</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly BotTestData _data = new();

        public Fixture()
        {
            TestKnowledge.Shared.CopyDataTo(_data.DataPath);
            Server = new LiveServer(new Dictionary<string, string?>
            {
                ["Admin:ApiKey"] = AdminKey,
                ["Knowledge:DataPath"] = _data.DataPath,
            });
        }

        public LiveServer Server { get; }

        public string Root => _data.Root;

        public void Dispose()
        {
            Server.Dispose();
            _data.Dispose();
        }
    }

    private static readonly string[] Operations =
        ["GET /healthz", "GET /api/answer", "POST /api/answer", "GET /admin/index", "POST /admin/index/refresh", "POST /admin/index/rollback"];

    [Fact]
    public async Task The_document_covers_the_http_apis_with_a_schema_for_every_response_body()
    {
        var document = await Document();

        var paths = document["paths"]!.AsObject();
        Assert.Equal(Operations.Order(), paths.SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key}")).Order());
        foreach (var (path, methods) in paths)
        {
            foreach (var (method, operation) in methods!.AsObject())
            {
                Assert.False(string.IsNullOrEmpty(operation!["operationId"]?.GetValue<string>()), $"{method} {path}");
                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    // A body has a schema; 401 and 404 (admin key missing, admin API off) have none.
                    if (response!["content"] is JsonObject content)
                    {
                        Assert.All(content, c => Assert.NotNull(c.Value!["schema"]));
                    }
                    else
                    {
                        Assert.Contains(status, new[] { "401", "404" });
                    }
                }
            }
        }
        Assert.Equal("X-Admin-Key", document["components"]!["securitySchemes"]!["AdminKey"]!["name"]!.GetValue<string>());
        Assert.Contains("400", paths["/api/answer"]!["get"]!["responses"]!.AsObject().Select(r => r.Key));
        // The answer is sent as bytes written once (SentAnswers); the document still describes it.
        Assert.All(
            new[] { "get", "post" },
            method => Assert.Equal("#/components/schemas/Answer", paths["/api/answer"]![method]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()));
        var q = paths["/api/answer"]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "q")!;
        Assert.True(q["required"]!.GetValue<bool>());
        Assert.Equal(8000, q["schema"]!["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_document_passes_spectral_lint_with_no_warning()
    {
        await NodeTools.EnsureInstalledAsync();
        var file = await SaveDocument();

        var (code, output) = await NodeTools.RunToolAsync("spectral", ["lint", file, "--ruleset", ".spectral.yaml", "--fail-severity", "warn"], TimeSpan.FromMinutes(2));

        Assert.True(code == 0, output);
    }

    [Fact]
    public async Task Fuzzing_the_running_app_from_its_document_finds_no_failure_and_no_server_error()
    {
        await NodeTools.EnsureInstalledAsync();
        var file = await SaveDocument();
        var collection = Path.Combine(fixture.Root, "collection.json");
        var report = Path.Combine(fixture.Root, "newman.json");
        var baseUrl = fixture.Server.BaseUrl.ToString().TrimEnd('/');

        var (portman, portmanOutput) = await NodeTools.RunToolAsync(
            "portman", ["--local", file, "--baseUrl", baseUrl, "--portmanConfigFile", "portman-config.json", "--output", collection, "--no-warn"], TimeSpan.FromMinutes(2));
        Assert.True(portman == 0, portmanOutput);
        var (newman, newmanOutput) = await NodeTools.RunToolAsync(
            "newman",
            ["run", collection, "--ignore-redirects", "--env-var", "apiKey=" + AdminKey, "--reporters", "cli,json", "--reporter-json-export", report, "--timeout-request", "120000"],
            TimeSpan.FromMinutes(5));

        using var run = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var stats = run.RootElement.GetProperty("run").GetProperty("stats");
        var executions = run.RootElement.GetProperty("run").GetProperty("executions").EnumerateArray().ToList();
        Assert.True(newman == 0, newmanOutput);
        Assert.Equal(0, stats.GetProperty("assertions").GetProperty("failed").GetInt32());
        Assert.Equal(0, stats.GetProperty("requests").GetProperty("failed").GetInt32());
        Assert.True(executions.Count >= 11, $"{executions.Count} requests:\n{newmanOutput}");
        Assert.All(executions, e => Assert.InRange(e.GetProperty("response").GetProperty("code").GetInt32(), 200, 499));
        // Every request, fuzzed ones included, carried the no-5xx check and the contract checks.
        Assert.All(executions, e => Assert.Contains(e.GetProperty("assertions").EnumerateArray(), a => a.GetProperty("assertion").GetString() == "No server error"));
        Assert.Contains(executions, e => e.GetProperty("response").GetProperty("code").GetInt32() == 400);
        Assert.Contains(executions, e => e.GetProperty("response").GetProperty("code").GetInt32() == 401);
        Assert.True(stats.GetProperty("assertions").GetProperty("total").GetInt32() >= 40, newmanOutput);
    }

    private async Task<JsonNode> Document()
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.BaseUrl };
        using var response = await http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<string> SaveDocument()
    {
        var file = Path.Combine(fixture.Root, $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await Document()).ToJsonString());
        return file;
    }
}
