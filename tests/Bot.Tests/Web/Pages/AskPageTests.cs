using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Web.Pages;

public sealed class AskPageTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    private Task<HttpResponseMessage> AskAsync(string question, string more = "") =>
        _client.GetAsync("/ask?q=" + Uri.EscapeDataString(question) + more);

    [Fact]
    public async Task Without_a_question_it_is_the_form_alone()
    {
        var response = await _client.GetAsync("/ask");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SimplePage.AssertSimpleAsync(response);
        Assert.Contains("<label for=\"q\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"text\" id=\"q\" name=\"q\"", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_question_gets_the_same_answer_as_the_bot()
    {
        var response = await AskAsync("What is an ICE detainer?");

        var html = WebUtility.HtmlDecode(await SimplePage.AssertSimpleAsync(response));
        var answer = TestKnowledge.Shared.Answers.Ask("What is an ICE detainer?");
        Assert.Equal("detainers", answer.CardId);
        Assert.Contains("A detainer is a request from ICE to a jail.", html, StringComparison.Ordinal);
        Assert.Contains(answer.Quote!.Text, html, StringComparison.Ordinal);
        // The next question is read with this topic, as in the chat.
        Assert.Contains("<input type=\"hidden\" name=\"after\" value=\"detainers\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_is_read_with_the_topic_before_it()
    {
        var html = await (await AskAsync("how long can they keep him?", "&after=detainers")).Content.ReadAsStringAsync();

        Assert.Equal("ice-hold-release", TestKnowledge.Shared.Answers.Ask("how long can they keep him?", "detainers").CardId);
        Assert.Contains("name=\"after\" value=\"ice-hold-release\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_no_source_answers_gets_the_decline_with_legal_help_links()
    {
        var html = await SimplePage.AssertSimpleAsync(await AskAsync("How do I apply for asylum?"));

        Assert.Contains("my sources don&#x27;t answer that", html, StringComparison.Ordinal);
        Assert.Contains("For free legal help:", html, StringComparison.Ordinal);
        Assert.Matches(@"<li>[^<]+: <a href=""https://[^""]+"">https://", html);
    }

    [Fact]
    public async Task Personal_details_are_never_shown_back()
    {
        var html = await (await AskAsync("My name is Maria Lopez and my number is 555-123-4567. What is an ICE detainer?")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("Maria", html, StringComparison.Ordinal);
        Assert.DoesNotContain("555-123-4567", html, StringComparison.Ordinal);
        Assert.Contains("[…]", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_question_is_400_with_a_plain_message(string question)
    {
        var response = await AskAsync(question);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Please type a question.", await SimplePage.AssertSimpleAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_question_is_400_with_a_plain_message()
    {
        var response = await AskAsync(new string('a', 8001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your question is too long.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Spanish_question_gets_Spanish_page_text()
    {
        var html = await (await AskAsync("¿Qué es un detainer de ICE?")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Usted preguntó:", html, StringComparison.Ordinal);
    }
}
