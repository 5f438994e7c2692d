using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>axe-core on a page as it stands: every violation is written out, and none may be serious or critical.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page, ITestOutputHelper output)
    {
        var result = await page.RunAxe();

        output.WriteLine($"axe-core on {page.Url}: {result.Passes.Length} rules passed, {result.Violations.Length} violated.");
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{violation.Impact} {violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))})");
        }
        Assert.DoesNotContain(result.Violations, v => v.Impact is "serious" or "critical");
    }
}
