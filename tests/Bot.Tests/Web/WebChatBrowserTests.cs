using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>
/// The page as a person uses it: Debian's Chromium opens <c>/</c>, Web Chat connects to the
/// embedded Direct Line, a question is typed and sent with Enter, and the bot's answer shows with
/// a citation link. Screenshots are kept under TestResults/browser/ for a human to look at.
/// </summary>
public sealed class WebChatBrowserTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly LiveServer _server = new();

    [ChromiumFact]
    public async Task A_question_typed_in_web_chat_gets_an_answer_with_a_citation_link()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        // A phone-sized screen: most people who need this will be on one.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var requests = new ConcurrentQueue<string>();
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

        var response = await page.GotoAsync(_server.BaseUrl.ToString());
        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Know Your Rights", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("We don't store who you are.")).ToBeVisibleAsync();
        await Expect(page.GetByText("not legal advice")).ToBeVisibleAsync();

        // The bot's welcome arrives through polling once the conversation starts.
        var transcript = page.Locator(".webchat__basic-transcript");
        await Expect(transcript.GetByText("legal", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.Locator(".webchat__upload-button")).ToHaveCountAsync(0);

        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("What is an ICE detainer?");
        await input.PressAsync("Enter");

        // The user's message is echoed back (so it is marked sent, not "Send failed") and answered.
        await Expect(transcript.GetByText("What is an ICE detainer?").First).ToBeVisibleAsync();
        var answer = transcript.GetByText("A detainer is a request from ICE", new() { Exact = false }).First;
        await Expect(answer).ToBeVisibleAsync();
        await Expect(page.GetByText("Send failed", new() { Exact = false })).ToHaveCountAsync(0);
        var citation = transcript.Locator("a[href^='https://']").First;
        await Expect(citation).ToBeAttachedAsync();
        output.WriteLine("Citation link: " + await citation.GetAttributeAsync("href"));

        var screenshot = await SaveScreenshotAsync(page, "webchat-answer.png");
        output.WriteLine("Screenshot: " + screenshot);

        // Everything the page loaded came from its own origin: no CDN, font or analytics request
        // could tell a third party that this person is asking about immigration.
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }
        var origin = _server.BaseUrl.GetLeftPart(UriPartial.Authority);
        Assert.All(requests, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("blob:" + origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            "A request left the origin: " + url));
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(problems, p => p.StartsWith("page error", StringComparison.Ordinal));
    }

    public void Dispose() => _server.Dispose();

    /// <summary>Saves under the repository's TestResults/browser/ (next to the TRX files CI writes), or the test output folder.</summary>
    private static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot() ?? AppContext.BaseDirectory, "TestResults", "browser");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowYourRights.Bot.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
