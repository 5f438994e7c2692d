using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Web.Outreach;

namespace KnowYourRights.Bot.Tests.Web.Outreach;

/// <summary>The WhatsApp number (<c>Outreach:WhatsAppNumber</c>): wa.me links and QR codes on the outreach page, the flyer and the topic pages.</summary>
public sealed class OutreachWhatsAppTests
{
    private const string Number = "+15550100300";

    private const string DetainerLink = "https://wa.me/15550100300?text=What%20is%20an%20ICE%20detainer%3F";

    [Fact]
    public async Task The_outreach_page_shows_the_wa_me_link_that_asks_the_topic_and_its_qr_code()
    {
        await using var app = App(Number);
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/outreach?topic=detainers");
        var home = await client.GetStringAsync("/outreach");

        Assert.Contains("<h2>WhatsApp</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{DetainerLink}\"", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("src=\"/outreach/qr.svg?topic=detainers&amp;link=whatsapp\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/outreach/qr.png?topic=detainers&amp;link=whatsapp\"", page, StringComparison.Ordinal);
        Assert.Contains("https://wa.me/15550100300?text=MENU", WebUtility.HtmlDecode(home), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whatsapp_qr_code_encodes_the_wa_me_link()
    {
        await using var app = App(Number);
        using var client = app.CreateClient();

        using var svg = await client.GetAsync("/outreach/qr.svg?topic=detainers&link=whatsapp");
        using var png = await client.GetAsync("/outreach/qr.png?topic=detainers&link=whatsapp");
        using var spanish = await client.GetAsync("/outreach/qr.svg?topic=detainers&link=whatsapp&lang=es");

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        // The same drawing as the link's own QR code: the code carries exactly the wa.me link.
        Assert.Equal(QrCodes.Svg(DetainerLink), await svg.Content.ReadAsStringAsync());
        Assert.Equal(QrCodes.Png(DetainerLink), await png.Content.ReadAsByteArrayAsync());
        Assert.Equal(QrCodes.Svg("https://wa.me/15550100300?text=" + Uri.EscapeDataString("¿Qué es un detainer de ICE?")), await spanish.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_flyer_and_the_topic_page_offer_whatsapp()
    {
        await using var app = App(Number);
        using var client = app.CreateClient();

        var flyer = WebUtility.HtmlDecode(await client.GetStringAsync("/outreach/flyer?topic=detainers"));
        var topic = WebUtility.HtmlDecode(await client.GetStringAsync("/topics/detainers"));
        var topicEs = WebUtility.HtmlDecode(await client.GetStringAsync("/topics/detainers?lang=es"));

        Assert.Contains("Or ask on WhatsApp: <strong>+1 555 010 0300</strong>", flyer, StringComparison.Ordinal);
        Assert.Contains(DetainerLink, flyer, StringComparison.Ordinal);
        Assert.Contains(QrCodes.Svg(DetainerLink), flyer, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{DetainerLink}\">Ask this on WhatsApp</a>", topic, StringComparison.Ordinal);
        Assert.Contains("src=\"/outreach/qr.svg?topic=detainers&link=whatsapp&lang=en\"", topic, StringComparison.Ordinal);
        Assert.Contains("https://wa.me/15550100300?text=" + Uri.EscapeDataString("¿Qué es un detainer de ICE?"), topicEs, StringComparison.Ordinal);
        Assert.Contains("Preguntar esto por WhatsApp", topicEs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_number_there_is_no_whatsapp_anywhere_and_its_qr_code_is_404()
    {
        await using var app = App(null);
        using var client = app.CreateClient();

        var all = await client.GetStringAsync("/outreach?topic=detainers")
            + await client.GetStringAsync("/outreach/flyer?topic=detainers")
            + await client.GetStringAsync("/topics/detainers");
        using var qr = await client.GetAsync("/outreach/qr.svg?topic=detainers&link=whatsapp");

        Assert.DoesNotContain("wa.me", all, StringComparison.Ordinal);
        Assert.DoesNotContain("WhatsApp", all, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, qr.StatusCode);
        Assert.Contains("Outreach:WhatsAppNumber", await qr.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whatsapp:+15550100300")]
    [InlineData("+1 555 010 0300")]
    [InlineData("15550100300")]
    [InlineData("https://wa.me/15550100300")]
    public async Task A_number_not_in_e164_form_stops_the_app_at_start_with_a_clear_message(string number)
    {
        var failures = await StartupValidation.FailuresAsync(b => b.AddOutreach(), "Outreach:WhatsAppNumber", number);

        Assert.Contains("Outreach:WhatsAppNumber must be the Twilio WhatsApp sender's number in E.164 form", failures, StringComparison.Ordinal);
    }

    private static TestAppFactory App(string? number)
    {
        var app = new TestAppFactory();
        app.Settings["App:PublicBaseUrl"] = "https://rights.example.org/";
        app.Settings["Outreach:WhatsAppNumber"] = number;
        return app;
    }
}
