using System.Net;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.Bots;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Web.Pages;

/// <summary>The mother's sequence on the simple page: each question asked with the hidden <c>after</c> field of the page before.</summary>
public sealed partial class AskPageConversationTests(TestAppFactory app) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_mothers_four_questions_get_four_different_fitting_answers()
    {
        string? after = null;
        var answers = new List<string>();
        foreach (var question in ConversationSequenceTests.Mother)
        {
            var response = await _client.GetAsync("/ask?q=" + Uri.EscapeDataString(question) + (after is null ? "" : "&after=" + after));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            after = After().Match(html) is { Success: true } m ? m.Groups[1].Value : after;
            // The answer's text, as the page shows it (citation links and tags removed).
            answers.Add(WebUtility.HtmlDecode(Tags().Replace(Answer().Match(html).Value, " ")));
        }

        ConversationSequenceTests.AssertFitAndNeverRepeat(answers);
    }

    [GeneratedRegex("name=\"after\" value=\"([^\"]+)\"")]
    private static partial Regex After();

    [GeneratedRegex("<main[\\s\\S]*?</main>")]
    private static partial Regex Answer();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
