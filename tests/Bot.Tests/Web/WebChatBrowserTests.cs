using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>
/// The page as a person uses it: Debian's Chromium opens <c>/</c>, Web Chat connects to the
/// embedded Direct Line, a question is typed and sent, and the real bot's answer shows with a
/// citation link. Screenshots are kept under TestResults/browser/ for a human to look at.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WebChatBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Question = "What is an ICE detainer?";

    [ChromiumFact]
    public async Task On_a_phone_a_question_gets_an_answer_with_a_citation_link_and_nothing_leaves_the_origin()
    {
        // A phone-sized screen: most people who need this will be on one.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        var requests = new ConcurrentQueue<string>();
        var problems = Watch(page, requests);

        await OpenAsync(page);
        await Expect(page.Locator(".site-footer").GetByText("We don't store who you are.")).ToBeVisibleAsync();
        await Expect(page.Locator(".site-footer").GetByText("not legal advice", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.Locator(".webchat__upload-button")).ToHaveCountAsync(0);
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "phone-welcome.png"));

        var input = SendBox(page);
        await input.FillAsync(Question);
        await input.PressAsync("Enter");
        await ExpectAnswerAsync(page);
        var citation = Transcript(page).Locator("a[href^='https://']").First;
        await Expect(citation).ToBeAttachedAsync();
        output.WriteLine("Citation link: " + await citation.GetAttributeAsync("href"));
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "phone-answer.png"));

        // Everything the page loaded came from its own origin: no CDN, font or analytics request
        // could tell a third party that this person is asking about immigration.
        var origin = browser.BaseUrl.GetLeftPart(UriPartial.Authority);
        Assert.All(requests, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("blob:" + origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            "A request left the origin: " + url));
        AssertNoProblems(problems);
    }

    [ChromiumFact]
    public async Task On_a_desktop_the_chat_works_from_the_keyboard_alone()
    {
        await using var context = await NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        var problems = Watch(page, new ConcurrentQueue<string>());
        await OpenAsync(page);

        // The first Tab reaches the skip link, and following it lands in the chat.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the chat", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("webchat", await page.EvaluateAsync<string>("document.activeElement.id"));

        // Tab on until the send box has focus, then type and send with Enter.
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input'");
        }
        Assert.True(reached, "The send box cannot be reached with Tab.");
        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Enter");
        await ExpectAnswerAsync(page);
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "desktop-answer.png"));
        AssertNoProblems(problems);
    }

    [ChromiumFact]
    public async Task A_topic_link_opens_the_chat_on_that_topic()
    {
        await using var context = await NewContextAsync();
        var page = await GoToAsync(context, "/?topic=courthouse");

        // The page asks the topic's question for the user, and the bot answers it like any other.
        await Expect(Transcript(page).GetByText("Can ICE arrest people at courthouses?").First).ToBeVisibleAsync();
        await Expect(Transcript(page).Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Nth(1)).ToBeVisibleAsync();
        await Expect(page.GetByText("Send failed", new() { Exact = false })).ToHaveCountAsync(0);
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "phone-topic.png"));
    }

    [ChromiumFact]
    public async Task A_question_link_opens_the_chat_with_that_question()
    {
        await using var context = await NewContextAsync();
        var page = await GoToAsync(context, "/?q=" + Uri.EscapeDataString("Does the DMV share my information with ICE?"));

        await Expect(Transcript(page).Locator(".webchat__bubble--from-user").GetByText("Does the DMV share my information with ICE?")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(Transcript(page).GetByText("driver records", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(Transcript(page).Locator("a[href^='https://']").First).ToBeAttachedAsync();
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "phone-question-link.png"));
    }

    [ChromiumFact]
    public async Task An_unknown_topic_link_falls_back_to_the_welcome_menu()
    {
        await using var context = await NewContextAsync();
        var page = await GoToAsync(context, "/?topic=no-such-topic");

        // The welcome offers the topic menu as buttons, and nothing is asked for the user.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "What is an ICE detainer?" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(Transcript(page).Locator(".webchat__bubble--from-user")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task The_embed_page_works_in_the_size_of_the_outreach_snippet()
    {
        // The outreach kit's iframe is 400 × 600.
        await using var context = await NewContextAsync(400, 600);
        var page = await GoToAsync(context, "/embed?topic=dmv");

        await Expect(Transcript(page).Locator(".webchat__bubble--from-user").First).ToBeVisibleAsync();
        await Expect(Transcript(page).Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Nth(1)).ToBeVisibleAsync();
        await Expect(page.Locator(".site-footer").GetByText("not legal advice", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(SendBox(page)).ToBeVisibleAsync();
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "embed-topic.png"));
    }

    [ChromiumFact]
    public async Task The_page_has_no_serious_accessibility_violations()
    {
        await using var context = await NewContextAsync();
        var page = await AskedAsync(context);

        await Accessibility.AssertNoSeriousViolationsAsync(page, output);
    }

    [ChromiumFact]
    public async Task A_paper_citation_opens_the_paper_at_the_highlighted_paragraph_the_answer_rests_on()
    {
        await using var context = await NewContextAsync();
        var page = await AskedAsync(context);

        var citation = Transcript(page).Locator("a[href*='/paper#paper-']").First;
        await Expect(citation).ToBeVisibleAsync();
        var href = (await citation.GetAttributeAsync("href"))!;
        output.WriteLine("Paper citation: " + href);
        // Web Chat opens links in a new tab; follow it wherever it opens.
        var popup = context.WaitForPageAsync();
        await citation.ClickAsync();
        var paper = await Task.WhenAny(popup, Task.Delay(5_000)) == popup ? await popup : page;
        await paper.WaitForURLAsync("**/paper#paper-*");

        var anchor = new Uri(paper.Url).Fragment.TrimStart('#');
        Assert.EndsWith("#" + anchor, href, StringComparison.Ordinal);
        var target = paper.Locator($"[id='{anchor}']");
        await Expect(target).ToBeInViewportAsync();
        await Expect(target).ToContainTextAsync("as opposed to a request that they continue detaining the individual");
        // Highlighted by CSS :target alone (the page has no script).
        await Expect(target).ToHaveCSSAsync("background-color", "rgb(255, 243, 191)");
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(paper, "paper-citation-target.png"));
    }

    private Task<IBrowserContext> NewContextAsync(int width = 390, int height = 844) =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });

    /// <summary>Opens a shared link (a path with its query) in a new page of <paramref name="context"/>.</summary>
    private async Task<IPage> GoToAsync(IBrowserContext context, string pathAndQuery)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(new Uri(browser.BaseUrl, pathAndQuery).ToString());
        return page;
    }

    /// <summary>A new page of <paramref name="context"/> with the chat open and <see cref="Question"/> answered.</summary>
    private async Task<IPage> AskedAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await OpenAsync(page);
        await SendBox(page).FillAsync(Question);
        await SendBox(page).PressAsync("Enter");
        await ExpectAnswerAsync(page);
        return page;
    }

    private async Task OpenAsync(IPage page)
    {
        page.SetDefaultTimeout(30_000);
        var response = await page.GotoAsync(browser.BaseUrl.ToString());
        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Know Your Rights", Level = 1 })).ToBeVisibleAsync();
        // The bot's welcome arrives through polling once the conversation has started.
        await Expect(Transcript(page).Locator(".webchat__bubble").First).ToBeVisibleAsync();
    }

    /// <summary>The user's message is echoed back (so it is marked sent, not "Send failed") and answered from the cards.</summary>
    private static async Task ExpectAnswerAsync(IPage page)
    {
        await Expect(Transcript(page).GetByText(Question).First).ToBeVisibleAsync();
        await Expect(Transcript(page).GetByText("A detainer is a request from ICE", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Send failed", new() { Exact = false })).ToHaveCountAsync(0);
    }

    private static ILocator Transcript(IPage page) => page.Locator(".webchat__basic-transcript");

    private static ILocator SendBox(IPage page) => page.Locator("[data-id='webchat-sendbox-input']");

    private static ConcurrentQueue<string> Watch(IPage page, ConcurrentQueue<string> requests)
    {
        var problems = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Enqueue($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        return problems;
    }

    private void AssertNoProblems(ConcurrentQueue<string> problems)
    {
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(problems, p => p.StartsWith("page error", StringComparison.Ordinal));
    }
}
