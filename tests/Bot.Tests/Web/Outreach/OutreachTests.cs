using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;
using StbImageSharp;
using ZXing;
using ZXing.Common;

namespace KnowYourRights.Bot.Tests.Web.Outreach;

public sealed class OutreachTests(OutreachTests.App app) : IClassFixture<OutreachTests.App>
{
    private const string PublicBase = "https://rights.example.org/";

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("detainers", PublicBase + "?topic=detainers")]
    [InlineData(null, PublicBase)]
    public async Task The_png_qr_code_decodes_back_to_the_topic_link(string? topic, string link)
    {
        var response = await _client.GetAsync("/outreach/qr.png" + (topic is null ? string.Empty : "?topic=" + topic));

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(link, Decode(await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("detainers", PublicBase + "topics/detainers")]
    [InlineData(null, PublicBase + "topics")]
    public async Task With_link_page_the_qr_code_opens_the_topics_own_page(string? topic, string link)
    {
        var response = await _client.GetAsync("/outreach/qr.png?link=page" + (topic is null ? string.Empty : "&topic=" + topic));

        Assert.Equal(link, Decode(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task The_outreach_page_offers_the_topic_page_as_the_link_and_keeps_the_choice_in_its_downloads()
    {
        var html = await _client.GetStringAsync("/outreach?topic=dmv&link=page");

        Assert.Contains("<option value=\"page\" selected>", html);
        Assert.Contains("value=\"https://rights.example.org/topics/dmv\"", html);
        Assert.Contains("href=\"/outreach/flyer?topic=dmv&amp;link=page\"", html);
        // The widget is always the chat.
        Assert.Contains("<iframe src=\"https://rights.example.org/embed?topic=dmv\"", WebUtility.HtmlDecode(html));
        var flyer = await _client.GetStringAsync("/outreach/flyer?topic=dmv&link=page");
        Assert.Contains("https://rights.example.org/topics/dmv", flyer);
    }

    [Fact]
    public async Task The_svg_qr_code_is_an_svg_image()
    {
        var response = await _client.GetAsync("/outreach/qr.svg?topic=courthouse");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/outreach/qr.png?topic=nope")]
    [InlineData("/outreach/qr.svg?topic=nope")]
    [InlineData("/outreach/flyer?topic=nope")]
    public async Task An_unknown_topic_is_404_with_a_pointer_to_the_list(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/outreach", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_outreach_page_offers_every_topic_the_link_the_embed_snippet_and_downloads()
    {
        var html = await _client.GetStringAsync("/outreach?topic=dmv");

        Assert.Contains("<option value=\"detainers\"", html);
        Assert.Contains("<option value=\"dmv\" selected>", html);
        Assert.Contains("value=\"https://rights.example.org/?topic=dmv\"", html);
        Assert.Contains("<iframe src=\"https://rights.example.org/embed?topic=dmv\"", WebUtility.HtmlDecode(html));
        Assert.Contains("href=\"/outreach/qr.png?topic=dmv\"", html);
        Assert.Contains("href=\"/outreach/qr.svg?topic=dmv\"", html);
        Assert.Contains("href=\"/outreach/flyer?topic=dmv\"", html);
        Assert.Contains("<label for=\"topic\">", html);
    }

    [Fact]
    public async Task The_outreach_page_says_when_a_topic_is_unknown()
    {
        var html = await _client.GetStringAsync("/outreach?topic=nope");

        Assert.Contains("There is no topic", html);
        Assert.Contains("value=\"https://rights.example.org/\"", html);
    }

    [Fact]
    public async Task The_flyer_has_the_qr_code_topic_sms_number_and_notice_and_prints_on_one_page()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/outreach/flyer?topic=courthouse"));

        Assert.Contains("<svg", html);
        Assert.Contains("Can ICE arrest people at courthouses?", html);
        // Each line in both languages: the topic, the pitch, the QR code's line and the texting line.
        Assert.Contains("<span lang=\"es\">¿ICE puede arrestar a alguien en la corte?</span>", html);
        Assert.Contains("Respuestas gratis y privadas", html);
        Assert.Contains("Escanee el código", html);
        Assert.Contains("O mande <strong>RIGHTS</strong> por texto al <strong>+1 555 010 0100</strong>", html);
        Assert.Contains("+1 555 010 0100", html);
        Assert.Contains("RIGHTS", html);
        Assert.Contains("not legal advice", html);
        Assert.Contains("@media print", html);
    }

    internal static string Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var luminance = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)), new Dictionary<DecodeHintType, object>
        {
            [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
        });
        return result?.Text ?? throw new InvalidDataException("The image holds no readable QR code.");
    }

    public sealed class App : TestAppFactory
    {
        public App()
        {
            Settings["App:PublicBaseUrl"] = PublicBase;
            Settings["Outreach:SmsNumber"] = "+1 555 010 0100";
            Settings["Outreach:SmsKeyword"] = "RIGHTS";
        }
    }
}
