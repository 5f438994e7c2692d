using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web.Mobile;

/// <summary>
/// The chat and the simple pages on the small screens most people use (320 × 640, an old or small
/// phone; 390 × 844, a common one), in Debian's Chromium: nothing needs sideways scrolling, and the
/// chat's replies get most of the screen with the topic menu showing.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PhoneScreenBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// <summary>Every simple page, in both languages, with the answers that have the longest lines (a decline's directory addresses).</summary>
    private static readonly string[] SimplePages =
    [
        "/ask", "/ask?q=" + Uri.EscapeDataString("what is a detainer"), "/ask?q=" + Uri.EscapeDataString("How do I apply for asylum?"),
        "/ask?q=" + Uri.EscapeDataString("ICE is at my door right now"), "/ask?lang=es&q=" + Uri.EscapeDataString("¿Cómo pido asilo?"),
        "/topics", "/topics?lang=es", "/topics/detainers", "/topics/legal-help", "/topics/legal-help?lang=es", "/topics/courthouse?lang=es",
        "/topics/287g-local", "/topics/no-such-topic", "/paper", "/paper?lang=es", "/sources", "/outreach", "/outreach?topic=detainers", "/outreach?topic=detainers&lang=es",
        "/outreach/flyer?topic=detainers",
    ];

    [ChromiumFact]
    public async Task No_simple_page_scrolls_sideways_at_320_or_390_pixels_wide()
    {
        var failures = new List<string>();
        foreach (var (width, height) in new[] { (320, 640), (390, 844) })
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                Locale = "en-US",
                JavaScriptEnabled = false,
            });
            var page = await context.NewPageAsync();
            foreach (var path in SimplePages)
            {
                await page.GotoAsync(new Uri(browser.BaseUrl, path).ToString());
                var (scrollWidth, widest) = await SideWaysAsync(page);
                output.WriteLine($"{width}×{height} {path}: {scrollWidth}px wide");
                if (scrollWidth > width)
                {
                    failures.Add($"{path} at {width}px is {scrollWidth}px wide; widest: {widest}");
                    await BrowserFixture.SaveScreenshotAsync(page, $"too-wide-{width}-{failures.Count}.png");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [ChromiumFact]
    public async Task The_chat_page_fits_320_pixels_and_its_replies_get_most_of_a_390_by_844_screen_with_the_menu_showing()
    {
        await using var small = await NewContextAsync(320, 640);
        var smallPage = await OpenWithMenuAsync(small);
        Assert.True((await SideWaysAsync(smallPage)).ScrollWidth <= 320, "The chat page scrolls sideways at 320 px.");

        await using var context = await NewContextAsync(390, 844);
        var page = await OpenWithMenuAsync(context);
        // The topic menu is one row that scrolls sideways: every button on the same line.
        var tops = await page.EvaluateAsync<double[]>(
            "[...document.querySelectorAll('.webchat__suggested-action')].map(b => Math.round(b.getBoundingClientRect().top))");
        Assert.True(tops.Length >= 5, $"The menu shows {tops.Length} buttons.");
        Assert.Single(tops.Distinct());

        var share = await page.EvaluateAsync<double>(
            "document.querySelector('.webchat__basic-transcript').getBoundingClientRect().height / window.innerHeight");
        output.WriteLine($"Reply area at 390×844 with the menu showing: {share:P0} of the height.");
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "phone-menu-share.png"));
        Assert.True(share >= 0.60, $"The reply area is {share:P0} of the screen; it should be at least 60 %.");
        // The promises stay on screen, shortened: no sign of who you are kept, and not legal advice.
        await Expect(page.Locator(".site-footer").GetByText("We don't store who you are.")).ToBeVisibleAsync();
        await Expect(page.Locator(".site-footer").GetByRole(AriaRole.Link, new() { Name = "For outreach workers" })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task Before_Web_Chat_arrives_the_page_already_shows_the_welcome_and_menu_and_asks_without_it()
    {
        // With JavaScript off the page is what a slow phone shows while Web Chat's script downloads.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "en-US", JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl.ToString());
        await Expect(page.GetByText("Pick a topic or type your question", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "What is an ICE detainer?" })).ToBeVisibleAsync();

        await page.GetByLabel("Or type your question").FillAsync("What is an ICE detainer?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await page.WaitForURLAsync("**/ask?q=*");
        await Expect(page.GetByText("A detainer is a request from ICE", new() { Exact = false }).First).ToBeVisibleAsync();
    }

    private Task<IBrowserContext> NewContextAsync(int width, int height) =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 2,
            Locale = "en-US",
        });

    private async Task<IPage> OpenWithMenuAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(browser.BaseUrl.ToString());
        // Web Chat's script is 3.9 MB to parse: on a loaded machine it takes a while.
        await Expect(page.Locator(".webchat__suggested-action").First).ToBeVisibleAsync(new() { Timeout = 90_000 });
        // Web Chat has replaced the server's first reply.
        await Expect(page.Locator("#first-reply")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        // "Connecting…" takes a line of its own until the connection settles; on a loaded machine that is a while.
        await Expect(page.GetByText("Connecting")).ToHaveCountAsync(0, new() { Timeout = 90_000 });
        return page;
    }

    /// <summary>The page's width and, when it is too wide, the element that reaches furthest right.</summary>
    private static async Task<(int ScrollWidth, string Widest)> SideWaysAsync(IPage page)
    {
        var result = await page.EvaluateAsync<string[]>("""
            () => {
              let widest = '', right = 0;
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.right > right) { right = r.right; widest = e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 60); }
              }
              return [String(document.documentElement.scrollWidth), Math.round(right) + 'px ' + widest];
            }
            """);
        return (int.Parse(result[0], System.Globalization.CultureInfo.InvariantCulture), result[1]);
    }
}
