using System.Net;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>A question can reveal immigration status: nothing that identifies a conversation or says what was asked is logged at Information or above.</summary>
public sealed class DirectLinePrivacyTests
{
    [Fact]
    public async Task A_whole_conversation_logs_no_text_ids_or_tokens()
    {
        var logs = new LogCapture();
        using var app = new TestAppFactory
        {
            UseRealBot = true,
            Logs = logs,
            // Even with ASP.NET Core's logging turned up, request lines (which carry the conversation id) stay out.
            Settings = { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information", ["Logging:LogLevel:Default"] = "Information" },
        };
        var client = new DirectLineClient(app.CreateClient());
        const string question = "I am undocumented, can ICE arrest me at court in Springfield?";

        var conversation = await client.StartAsync();
        using (var posted = await client.PostMessageAsync(conversation, question, "client-xyz"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }
        var (activities, _) = await client.ActivitiesAsync(conversation);
        Assert.True(activities.Length >= 3);

        var logged = logs.Entries.Where(e => !e.StartsWith("Debug", StringComparison.Ordinal) && !e.StartsWith("Trace", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(logged);
        Assert.All(logged, entry =>
        {
            Assert.DoesNotContain(conversation.Id, entry, StringComparison.Ordinal);
            Assert.DoesNotContain(conversation.Token, entry, StringComparison.Ordinal);
            Assert.DoesNotContain("undocumented", entry, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Springfield", entry, StringComparison.Ordinal);
            Assert.DoesNotContain("client-xyz", entry, StringComparison.Ordinal);
        });
    }
}
