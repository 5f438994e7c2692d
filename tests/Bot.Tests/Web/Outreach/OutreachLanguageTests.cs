using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Web.Outreach;

/// <summary>
/// The outreach kit in Spanish: its own words follow <c>?lang=</c> or the browser, and a worker
/// can choose the language the links, QR codes and flyer open in (or leave it to the reader's browser).
/// </summary>
public sealed class OutreachLanguageTests(OutreachLanguageTests.App app) : IClassFixture<OutreachLanguageTests.App>
{
    private const string PublicBase = "https://rights.example.org/";

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task With_lang_es_the_kit_is_in_spanish_and_every_link_it_hands_out_opens_in_spanish()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/outreach?topic=courthouse&lang=es"));

        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("<h1>Kit para promotores</h1>", html);
        Assert.Contains("<option value=\"courthouse\" selected>¿ICE puede arrestar a alguien en la corte?</option>", html);
        Assert.Contains("<option value=\"es\" selected lang=\"es\">Español</option>", html);
        Assert.Contains("value=\"https://rights.example.org/?topic=courthouse&lang=es\"", html);
        Assert.Contains("<iframe src=\"https://rights.example.org/embed?topic=courthouse&lang=es\" title=\"Chat Conozca sus derechos\"", html);
        Assert.Contains("href=\"/outreach/flyer?topic=courthouse&lang=es\"", html);
        Assert.Contains("Copiar enlace", html);
        Assert.Contains("data-copied=\"Copiado\"", html);
        foreach (var english in new[] { "Outreach kit", "Copy link", "Download PNG", "Share this link", "Website widget", "Open printable flyer" })
        {
            Assert.DoesNotContain(english, html);
        }
    }

    [Theory]
    [InlineData("chat", PublicBase + "?topic=courthouse&lang=es")]
    [InlineData("page", PublicBase + "topics/courthouse?lang=es")]
    public async Task The_qr_code_and_the_flyer_carry_the_chosen_language(string link, string expected)
    {
        var png = await _client.GetByteArrayAsync($"/outreach/qr.png?topic=courthouse&link={link}&lang=es");
        var flyer = WebUtility.HtmlDecode(await _client.GetStringAsync($"/outreach/flyer?topic=courthouse&link={link}&lang=es"));

        Assert.Equal(expected, OutreachTests.Decode(png));
        Assert.Contains(expected, flyer);
    }

    [Theory]
    [InlineData("/?topic=courthouse&lang=es")]
    [InlineData("/topics/courthouse?lang=es")]
    public async Task What_a_spanish_link_opens_is_in_spanish(string path)
    {
        var html = await _client.GetStringAsync(path);

        Assert.Contains("<html lang=\"es\"", html);
    }

    [Fact]
    public async Task A_spanish_browser_gets_the_kit_in_spanish_and_links_that_leave_the_language_to_the_reader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/outreach?topic=courthouse");
        request.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.5");

        var html = WebUtility.HtmlDecode(await (await _client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("<h1>Kit para promotores</h1>", html);
        Assert.Contains("<option value=\"\" selected>El del navegador de quien lo abre</option>", html);
        Assert.Contains("value=\"https://rights.example.org/?topic=courthouse\"", html);
        Assert.DoesNotContain("lang=es", html);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es-<script>")]
    [InlineData("")]
    public async Task An_unknown_language_leaves_the_links_to_the_readers_browser_and_the_kit_in_english(string lang)
    {
        var response = await _client.GetAsync("/outreach?topic=courthouse&lang=" + Uri.EscapeDataString(lang));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Outreach kit</h1>", html);
        Assert.Contains("value=\"https://rights.example.org/?topic=courthouse\"", html);
        Assert.DoesNotContain("<script>\"", html);
    }

    public sealed class App : TestAppFactory
    {
        public App() => Settings["App:PublicBaseUrl"] = PublicBase;
    }
}
