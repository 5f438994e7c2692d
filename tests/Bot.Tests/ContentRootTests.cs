using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.Cli;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests;

/// <summary>The built app reads its own appsettings.json whatever folder it is started from.</summary>
[Trait("Category", "Slow")]
public sealed partial class ContentRootTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("kyr-elsewhere-").FullName;

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [Fact]
    public async Task Started_from_another_folder_the_app_logs_at_the_levels_its_appsettings_set()
    {
        // appsettings.json holds Microsoft.AspNetCore at Warning; without it every request's
        // routing lines ("Executing endpoint …") are written at Information.
        using var bot = BotProcess.Start(
            _elsewhere,
            new Dictionary<string, string> { ["Knowledge__DataPath"] = TestKnowledge.Shared.DataPath, ["Knowledge__SemanticSearch"] = "false" },
            "--urls", "http://127.0.0.1:0");
        var url = Listening().Match(await bot.WaitForLineAsync("Now listening on:", TimeSpan.FromMinutes(2))).Groups[1].Value;

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using (var response = await http.GetAsync("/healthz"))
        {
            response.EnsureSuccessStatusCode();
        }
        await bot.StopAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("Application is shutting down", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore.Routing", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Executing endpoint", bot.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);
}
