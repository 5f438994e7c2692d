using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>When the conversation ends under an open page (idle too long, restart), the page says so and offers a new chat.</summary>
[Trait("Category", "Slow")]
public sealed class WebChatEndedTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task An_ended_conversation_offers_a_new_chat_that_works()
    {
        using var server = new LiveServer(new Dictionary<string, string?> { ["DirectLine:ConversationTtl"] = "00:00:03" });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync(server.BaseUrl.ToString());
        await Expect(page.Locator(".webchat__basic-transcript .webchat__bubble").First).ToBeVisibleAsync();

        // Polling does not keep a conversation alive; three quiet seconds end it, and the next poll gets 404.
        var newChat = page.GetByRole(AriaRole.Button, new() { Name = "Start a new chat" });
        await Expect(newChat).ToBeVisibleAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("This chat has ended.");
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "phone-ended.png"));

        await newChat.ClickAsync();
        await Expect(page.Locator(".webchat__basic-transcript .webchat__bubble").First).ToBeVisibleAsync();
        await Expect(newChat).ToHaveCountAsync(0);
    }
}
