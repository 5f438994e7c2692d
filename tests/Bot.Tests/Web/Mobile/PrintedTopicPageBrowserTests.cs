using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowYourRights.Bot.Tests.Web.Mobile;

/// <summary>The app with a public address, a phone line and a texting number, as a printed page shows them.</summary>
public sealed class ContactBrowserFixture : BrowserFixture
{
    public const string PublicAddress = "https://rights.example.org/";

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["App:PublicBaseUrl"] = PublicAddress,
        ["Outreach:VoiceNumber"] = "+15550100100",
        ["Outreach:SmsNumber"] = "+1 555 010 0199",
        ["Outreach:SmsKeyword"] = "RIGHTS",
    };
}

/// <summary>
/// A topic page printed (print media in Chromium): how to reach the service once, at the foot, with
/// the phone line and a QR code; each source's address once, in the list at the end, never after
/// the [n] markers in the text.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PrintedTopicPageBrowserTests(ContactBrowserFixture browser, ITestOutputHelper output) : IClassFixture<ContactBrowserFixture>
{
    [ChromiumFact]
    public async Task A_printed_topic_page_shows_the_address_once_at_the_foot_and_each_source_address_once_at_the_end()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseUrl, "/topics/detainers").ToString());

        // On screen the contact block is hidden.
        await Expect(page.GetByText("Ask more questions at:")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var printed = await page.EvaluateAsync<string>("document.body.innerText");
        output.WriteLine(printed);

        Assert.Single(Regex.Matches(printed, Regex.Escape("Ask more questions at: " + ContactBrowserFixture.PublicAddress)));
        Assert.Single(Regex.Matches(printed, Regex.Escape("Call +1 555 010 0100")));
        Assert.Contains("Text RIGHTS to +1 555 010 0199", printed, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code for this page" })).ToBeVisibleAsync();
        // The contact block is the last thing on the page.
        Assert.True(printed.LastIndexOf("Ask more questions at:", StringComparison.Ordinal) > printed.LastIndexOf("legal advice", StringComparison.Ordinal));

        var urls = (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main a[href^=\"http\"]')].map(a => a.getAttribute('href'))")).Distinct().ToList();
        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            Assert.True(Regex.Matches(printed, Regex.Escape(url)).Count == 1, $"{url} is printed {Regex.Matches(printed, Regex.Escape(url)).Count} times.");
        }
        // The addresses are in the source list at the end, not after the markers in the text.
        var sources = printed.IndexOf("Sources", StringComparison.Ordinal);
        Assert.True(sources > 0);
        Assert.All(urls, url => Assert.True(printed.IndexOf(url, StringComparison.Ordinal) > sources, url + " is printed before the source list."));
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(Path.GetTempPath(), "kyr-topic-print.pdf") });
    }
}
