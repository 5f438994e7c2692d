using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web.Pages;

/// <summary>
/// The simple pages in Debian's Chromium with JavaScript turned off, on a phone-sized screen, as
/// someone on an old phone or a slow connection uses them; and each page under axe-core.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PagesBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task With_JavaScript_off_a_topic_page_answers_and_its_ask_box_asks_on_the_server()
    {
        await using var context = await NoScriptContextAsync();
        var page = await context.NewPageAsync();
        var requests = Watch(page);

        await page.GotoAsync(Url("/topics/courthouse"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Can ICE arrest people at courthouses?", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Facts as of", new() { Exact = false })).ToBeVisibleAsync();
        var shot = await BrowserFixture.SaveScreenshotAsync(page, "topic-page.png");
        output.WriteLine("Screenshot: " + shot);

        await page.GetByLabel("Ask another question").FillAsync("What is an ICE detainer?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await page.WaitForURLAsync("**/ask?q=*");
        await Expect(page.GetByText("A detainer is a request from ICE", new() { Exact = false })).ToBeVisibleAsync();
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "ask-answer.png"));

        // A follow-up is a link to its own topic page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Can a jail keep someone longer because of ICE?" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Can a jail keep someone longer because of ICE?");
        AssertSameOrigin(requests);
    }

    [ChromiumFact]
    public async Task With_JavaScript_off_a_paper_citation_lands_on_its_highlighted_paragraph()
    {
        await using var context = await NoScriptContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/topics/detainers"));

        var citation = page.Locator("main a[href^='/paper#paper-']").First;
        var href = (await citation.GetAttributeAsync("href"))!;
        await citation.ClickAsync();
        await page.WaitForURLAsync("**" + href);

        var target = page.Locator(href[href.IndexOf('#', StringComparison.Ordinal)..]);
        await Expect(target).ToBeInViewportAsync();
        await Expect(target).ToHaveCSSAsync("background-color", "rgb(255, 243, 191)");
    }

    [ChromiumFact]
    public async Task With_JavaScript_off_the_ask_page_shows_the_decline_with_legal_help_and_spanish_works()
    {
        await using var context = await NoScriptContextAsync();
        var page = await context.NewPageAsync();
        var requests = Watch(page);

        await page.GotoAsync(Url("/ask"));
        await page.GetByLabel("Your question").FillAsync("How do I apply for asylum?");
        await page.GetByLabel("Your question").PressAsync("Enter");
        await Expect(page.GetByText("For free legal help:")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await page.GetByLabel("Su pregunta").FillAsync("¿Qué es un detainer de ICE?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preguntar" }).ClickAsync();
        await Expect(page.GetByText("Usted preguntó:")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        AssertSameOrigin(requests);
    }

    [ChromiumFact]
    public async Task The_simple_pages_have_no_serious_accessibility_violations()
    {
        // axe-core is a script the test injects; the pages' policy forbids scripts, so this one context lets it in.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "en-US",
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/ask", "/ask?q=What%20is%20an%20ICE%20detainer%3F", "/ask?q=How%20do%20I%20apply%20for%20asylum%3F", "/topics", "/topics/detainers", "/topics/detainers?lang=es", "/paper", "/paper#paper-016", "/sources", "/outreach?topic=detainers", "/outreach?topic=detainers&lang=es" })
        {
            await page.GotoAsync(Url(path));
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);
        }
    }

    private Task<IBrowserContext> NoScriptContextAsync() =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            Locale = "en-US",
            JavaScriptEnabled = false,
        });

    private string Url(string path) => new Uri(browser.BaseUrl, path).ToString();

    private static ConcurrentQueue<string> Watch(IPage page)
    {
        page.SetDefaultTimeout(30_000);
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        return requests;
    }

    private void AssertSameOrigin(ConcurrentQueue<string> requests)
    {
        var origin = browser.BaseUrl.GetLeftPart(UriPartial.Authority) + "/";
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), "A request left the origin: " + url));
    }
}
