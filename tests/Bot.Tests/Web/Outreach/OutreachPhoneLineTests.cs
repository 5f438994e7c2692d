using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Web.Outreach;

namespace KnowYourRights.Bot.Tests.Web.Outreach;

/// <summary>The phone line's number (<c>Outreach:VoiceNumber</c>) on the flyer and the outreach page.</summary>
public sealed class OutreachPhoneLineTests
{
    private const string Number = "+15550100200";

    [Fact]
    public async Task The_flyer_and_the_outreach_page_show_the_phone_number_with_a_tel_link()
    {
        await using var app = App(Number);
        using var client = app.CreateClient();

        var flyer = await client.GetStringAsync("/outreach/flyer?topic=courthouse");
        var page = await client.GetStringAsync("/outreach?topic=courthouse");

        foreach (var html in new[] { flyer, page })
        {
            Assert.Contains("href=\"tel:+15550100200\"", html, StringComparison.Ordinal);
            Assert.Contains("+1 555 010 0200", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
        Assert.Contains("Or call", flyer, StringComparison.Ordinal);
        Assert.Contains("<h2>Phone line</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_number_neither_shows_a_phone_line()
    {
        await using var app = App(null);
        using var client = app.CreateClient();

        var flyer = await client.GetStringAsync("/outreach/flyer");
        var page = await client.GetStringAsync("/outreach");

        Assert.DoesNotContain("tel:", flyer + page, StringComparison.Ordinal);
        Assert.DoesNotContain("Phone line", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("555-0100")]
    [InlineData("+1 555 010 0200")]
    [InlineData("tel:+15550100200")]
    public async Task A_number_not_in_e164_form_stops_the_app_at_start(string number)
    {
        var failures = await StartupValidation.FailuresAsync(b => b.AddOutreach(), "Outreach:VoiceNumber", number);

        Assert.Contains("Outreach:VoiceNumber", failures, StringComparison.Ordinal);
    }

    private static TestAppFactory App(string? number)
    {
        var app = new TestAppFactory();
        app.Settings["App:PublicBaseUrl"] = "https://rights.example.org/";
        app.Settings["Outreach:VoiceNumber"] = number;
        return app;
    }
}
