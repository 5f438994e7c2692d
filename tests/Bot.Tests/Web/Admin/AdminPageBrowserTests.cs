using System.Collections.Concurrent;
using Deque.AxeCore.Playwright;
using KnowYourRights.Knowledge.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web.Admin;

/// <summary>
/// <c>/admin</c> as an admin uses it, in Debian's Chromium: signs in from the keyboard, sees a
/// declined question that held a name and a phone number appear scrubbed, and makes the YAML
/// ways of asking for a card; axe-core finds nothing serious on either page.
/// </summary>
[Trait("Category", "Slow")]
public sealed class AdminPageBrowserTests(AdminBrowserFixture browser, ITestOutputHelper output) : IClassFixture<AdminBrowserFixture>
{
    private const string Question = "My name is Rosalind Quintero, call me at 832-555-0147. How do I apply for asylum?";

    [ChromiumFact]
    public async Task An_admin_signs_in_sees_a_declined_question_scrubbed_and_makes_its_yaml()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) => problems.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);

        // Someone asks something the sources do not answer, giving their name and number.
        using (var http = new HttpClient { BaseAddress = browser.BaseUrl })
        {
            var answer = await http.GetStringAsync("/api/answer?q=" + Uri.EscapeDataString(Question));
            Assert.Contains("\"kind\":\"decline\"", answer, StringComparison.Ordinal);
        }

        // Sign in from the keyboard alone: the key field is the first stop.
        await page.GotoAsync(new Uri(browser.BaseUrl, "/admin").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Admin sign-in" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "sign-in");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("key", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync(AdminBrowserFixture.Key);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Live index" })).ToBeVisibleAsync();

        // The question is written off the answer path; it shows once written.
        var group = page.Locator("section.group").Filter(new() { HasText = "asylum" });
        for (var i = 0; i < 40 && await group.CountAsync() == 0; i++)
        {
            await Task.Delay(250);
            await page.ReloadAsync();
        }
        await Expect(group.First).ToBeVisibleAsync();
        var shown = await group.First.InnerTextAsync();
        Assert.Contains("My name is " + PersonalDetails.Placeholder + ", call me at " + PersonalDetails.Placeholder + ". How do I apply for asylum?", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Rosalind", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("0147", await page.ContentAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("svg.chart rect").First).ToBeAttachedAsync();

        // Choose a card for the group and make its YAML.
        await group.First.GetByLabel("Card").SelectOptionAsync("legal-help");
        await group.First.GetByRole(AriaRole.Button, new() { Name = "Make YAML" }).ClickAsync();
        var yaml = page.Locator("section.group textarea");
        await Expect(yaml).ToBeVisibleAsync();
        var snippet = await yaml.InputValueAsync();
        output.WriteLine(snippet);
        Assert.Contains("# Paste under questions: in seeds/answers/legal-help.md", snippet, StringComparison.Ordinal);
        Assert.Contains("  - \"My name is […], call me at […]. How do I apply for asylum?\"", snippet, StringComparison.Ordinal);
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "admin-yaml.png"));
        await AssertAccessibleAsync(page, "dashboard");

        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || p.StartsWith("page error", StringComparison.Ordinal));
    }

    private async Task AssertAccessibleAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        output.WriteLine($"axe-core on {name}: {result.Passes.Length} rules passed, {result.Violations.Length} violated.");
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{violation.Impact} {violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))})");
        }
        Assert.Empty(result.Violations);
    }
}
