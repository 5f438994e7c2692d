using System.Collections.Concurrent;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Knowledge.Corpus;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web.Admin;

/// <summary>
/// <c>/admin/review</c> in Debian's Chromium: signed in, every card shows EN and ES side by side
/// with its evidence linked to the paper and its review dates; printed, each card starts a page and
/// the tools are gone; the CSV download is the same cards.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReviewPackBrowserTests(AdminBrowserFixture browser, ITestOutputHelper output) : IClassFixture<AdminBrowserFixture>
{
    [ChromiumFact]
    public async Task The_review_pack_shows_every_card_side_by_side_prints_one_card_a_page_and_downloads_as_csv()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) => problems.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);

        // Without a session the pack is the sign-in page.
        await page.GotoAsync(new Uri(browser.BaseUrl, "/admin/review").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Admin sign-in" })).ToBeVisibleAsync();
        await page.GetByLabel("Admin key").FillAsync(AdminBrowserFixture.Key);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Live index" })).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(browser.BaseUrl, "/admin/review").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review pack" })).ToBeVisibleAsync();
        var cards = page.Locator("article.card");
        // One article per card of the seeds, however many there are.
        var seedCards = Directory.GetFiles(Path.Combine(BotTestData.AppSeeds, KnowledgeSeeds.AnswersFolder), "*.md").Length;
        Assert.Equal(seedCards, await cards.CountAsync());

        // One card: the English and Spanish answers side by side, the exact quote linked to its paragraph, the sources, the dates.
        var card = page.Locator("#card-287g");
        var english = card.Locator("div[lang=en]");
        var spanish = card.Locator("div[lang=es]");
        await Expect(english).ToContainTextAsync("A 287(g) agreement is a deal with ICE");
        await Expect(spanish).ToContainTextAsync("Un acuerdo 287(g) es un trato con ICE");
        var left = await english.BoundingBoxAsync();
        var right = await spanish.BoundingBoxAsync();
        Assert.True(right!.X > left!.X + left.Width - 1 && Math.Abs(right.Y - left.Y) < 2, "English and Spanish are side by side on screen");
        var quote = card.GetByRole(AriaRole.Link, new() { Name = "/paper#paper-", Exact = false }).First;
        var href = await quote.GetAttributeAsync("href");
        Assert.Matches("^/paper#paper-\\d{3}$", href);
        await Expect(card).ToContainTextAsync("Delegation of Immigration Authority Section 287(g)");
        await Expect(card).ToContainTextAsync("English reviewed2026-12-07");
        await Expect(card).ToContainTextAsync("Reviewed byproject maintainers");
        var result = await page.RunAxe();
        output.WriteLine($"axe-core: {result.Violations.Length} violations");
        Assert.DoesNotContain(result.Violations, v => v.Impact is "serious" or "critical");

        // Printed: the tools go, each card starts a new page, links print their address.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".tools")).ToBeHiddenAsync();
        Assert.Equal("page", await card.EvaluateAsync<string>("e => getComputedStyle(e).breakAfter"));
        Assert.Contains("(/paper#paper-", await quote.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"), StringComparison.Ordinal);
        var pdf = await page.PdfAsync(new() { Format = "Letter" });
        var pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
        output.WriteLine($"printed: {pages} pages, {pdf.Length / 1024} KB");
        Assert.True(pages >= seedCards, $"{pages} pages for {seedCards} cards");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The CSV download: a header and one row per card.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        Assert.StartsWith("review-pack-", download.SuggestedFilename, StringComparison.Ordinal);
        using (var reader = new StreamReader(await download.PathAsync()))
        {
            var rows = KnowYourRights.Knowledge.Cards.CardReviewSheet.Read(reader);
            Assert.Equal(seedCards, rows.Count);
        }

        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || p.StartsWith("page error", StringComparison.Ordinal));
    }
}
