using System.Collections.Concurrent;
using KnowYourRights.Bot.Tests.Web.Admin;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>
/// "Was this helpful?" as people use it, in Debian's Chromium: Web Chat's own thumbs-down under a
/// card answer, and the <c>/ask</c> page's "Not helpful" button with JavaScript off; then the
/// signed-in <c>/admin</c> page shows both votes for the card and the question voted not helpful.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FeedbackBrowserTests(AdminBrowserFixture browser, ITestOutputHelper output) : IClassFixture<AdminBrowserFixture>
{
    private const string Question = "What is an ICE detainer?";
    private const string AskQuestion = "Can ICE keep someone in jail after their release date?";

    /// <summary>An answer on a loaded two-core machine can take seconds to be polled and drawn.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Slowly = new() { Timeout = 60_000 };

    [ChromiumFact]
    public async Task A_thumbs_down_in_web_chat_and_not_helpful_on_ask_without_script_show_on_the_admin_page()
    {
        // Web Chat: ask, wait for the card answer, press its thumbs-down.
        await using (var chat = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } }))
        {
            var page = await chat.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            var problems = new ConcurrentQueue<string>();
            page.PageError += (_, error) => problems.Enqueue("page error: " + error);
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    output.WriteLine($"console {message.Type}: {message.Text}");
                }
            };
            var voted = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            page.Request += (_, request) =>
            {
                if (request.Method == "POST" && request.Url.Contains("/activities", StringComparison.Ordinal) && request.PostData?.Contains("activity-status/feedback", StringComparison.Ordinal) == true)
                {
                    voted.TrySetResult(request.PostData);
                }
            };
            await page.GotoAsync(browser.BaseUrl.ToString());
            var transcript = page.Locator(".webchat__basic-transcript");
            await Expect(transcript.Locator(".webchat__bubble").First).ToBeVisibleAsync(Slowly);
            var input = page.Locator("[data-id='webchat-sendbox-input']");
            await input.FillAsync(Question);
            await input.PressAsync("Enter");
            await Expect(transcript.GetByText("A detainer is a request from ICE", new() { Exact = false }).First).ToBeVisibleAsync(Slowly);

            var thumbsDown = transcript.Locator("button.webchat__thumb-button:has(.webchat__thumb-button__image--is-down)");
            // One answer, one pair of thumbs: the welcome carries none.
            await Expect(thumbsDown).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await thumbsDown.ClickAsync();
            await Expect(thumbsDown).ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = 30_000 });
            // Web Chat posts the vote half a second after the click.
            var posted = await voted.Task.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.DoesNotContain("replyToId", posted, StringComparison.Ordinal);
            output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "webchat-thumbs-down.png"));
            Assert.Empty(problems);
        }

        // /ask with JavaScript off: the plain form's "Not helpful" lands on the thank-you page.
        await using (var plain = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false }))
        {
            var page = await plain.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            await page.GotoAsync(new Uri(browser.BaseUrl, "/ask?q=" + Uri.EscapeDataString(AskQuestion)).ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Not helpful" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync(Slowly);
            Assert.EndsWith("/ask/feedback?vote=not-helpful", page.Url, StringComparison.Ordinal);
        }

        // The admin page: both votes against their cards, and both questions.
        await using var admin = await browser.Browser.NewContextAsync();
        var adminPage = await admin.NewPageAsync();
        adminPage.SetDefaultTimeout(30_000);
        await adminPage.GotoAsync(new Uri(browser.BaseUrl, "/admin").ToString());
        await adminPage.Locator("#key").FillAsync(AdminBrowserFixture.Key);
        await adminPage.Locator("#key").PressAsync("Enter");
        await Expect(adminPage.GetByRole(AriaRole.Heading, new() { Name = "Helpfulness" })).ToBeVisibleAsync(Slowly);
        // Votes are written off the request path; they show once written.
        var questions = adminPage.Locator("#not-helpful-questions tbody tr");
        for (var i = 0; i < 40 && await questions.CountAsync() < 2; i++)
        {
            await Task.Delay(250);
            await adminPage.ReloadAsync();
        }
        var votes = await adminPage.Locator("#votes").InnerTextAsync();
        Assert.Contains("detainers", votes, StringComparison.Ordinal);
        var notHelpful = await adminPage.Locator("#not-helpful-questions").InnerTextAsync();
        Assert.Contains(Question, notHelpful, StringComparison.Ordinal);
        Assert.Contains(AskQuestion, notHelpful, StringComparison.Ordinal);
        Assert.Contains("directline", notHelpful, StringComparison.Ordinal);
        Assert.Contains("page", notHelpful, StringComparison.Ordinal);
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(adminPage, "admin-helpfulness.png"));
    }
}
