using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>
/// The chat page in the browser's language, with the bot's welcome and topic menu already written
/// in it (so the first reply shows before Web Chat's large script arrives) and a question box that
/// asks on /ask without any script.
/// </summary>
public sealed class ChatPageLanguageTests(ChatPageLanguageTests.Fixture fixture) : IClassFixture<ChatPageLanguageTests.Fixture>
{
    public sealed class Fixture : TestAppFactory;

    private readonly HttpClient _http = fixture.CreateClient();

    [Theory]
    [InlineData("/", "es-ES,es;q=0.9,en;q=0.5")]
    [InlineData("/", "es-MX")]
    [InlineData("/?lang=es", "en-US")]
    [InlineData("/embed", "es")]
    public async Task A_spanish_browser_or_link_gets_the_page_and_the_welcome_in_spanish(string path, string acceptLanguage)
    {
        var html = await GetAsync(path, acceptLanguage);

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("No guardamos quién es usted.", html, StringComparison.Ordinal);
        Assert.Contains("Hola. Puedo contestar preguntas", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/topics/detainers?lang=es\">¿Qué es un detainer de ICE?</a>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"es\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US,en;q=0.9,es;q=0.8")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public async Task Any_other_browser_gets_english_with_the_welcome_the_menu_and_a_question_box(string acceptLanguage)
    {
        var html = await GetAsync("/", acceptLanguage);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Pick a topic or type your question.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/topics/detainers\">What is an ICE detainer?</a>", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"first-reply__ask\" action=\"/ask\" method=\"get\">", html, StringComparison.Ordinal);
        // The footer links the outreach kit.
        Assert.Contains("<a href=\"/outreach\">For outreach workers</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_varies_by_language_and_its_form_may_only_go_to_this_site()
    {
        using var response = await _http.GetAsync("/");

        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Contains("form-action 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
