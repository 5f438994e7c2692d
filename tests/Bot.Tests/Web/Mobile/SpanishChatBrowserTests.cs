using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web.Mobile;

/// <summary>A browser set to Spanish (es-ES) gets the chat in Spanish: the page, Web Chat's own strings and the bot's welcome.</summary>
[Trait("Category", "Slow")]
public sealed class SpanishChatBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task A_spanish_browser_gets_web_chats_strings_the_page_and_the_welcome_in_spanish()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "es-ES",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(browser.BaseUrl.ToString());

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Conozca sus derechos", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // Web Chat's own strings: the send box and its button.
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        // Web Chat's script is 3.9 MB to parse: on a loaded machine it takes a while.
        await Expect(input).ToHaveAttributeAsync("placeholder", "Escriba su pregunta", new() { Timeout = 90_000 });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enviar" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The bot's welcome, and the topic menu, in Spanish.
        var transcript = page.Locator(".webchat__basic-transcript");
        await Expect(transcript.GetByText("Hola. Puedo contestar preguntas", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "¿Qué es un detainer de ICE?", Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        output.WriteLine("Screenshot: " + await BrowserFixture.SaveScreenshotAsync(page, "phone-spanish-welcome.png"));

        // A question's reply shows Web Chat's Spanish labels too ("Enviado" instead of "Sent").
        await input.FillAsync("¿Qué es un detainer de ICE?");
        await input.PressAsync("Enter");
        await Expect(transcript.GetByText("Un detainer", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(transcript.GetByText("Sent at", new() { Exact = false })).ToHaveCountAsync(0);
    }
}
