using System.Net;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.Channels.BotFramework;

public sealed class AdapterWithErrorHandlerTests
{
    [Fact]
    public async Task Apologizes_when_the_bot_fails_and_logs_only_the_exception_type()
    {
        var logs = new LogCapture();
        using var app = new TestAppFactory { UseRealBot = true, UseRealClock = true, RemoteAddress = IPAddress.Loopback, Logs = logs, LogsFrom = LogLevel.Information, ConfigureServices = s => s.AddTransient<IBot, FailingBot>() };
        using var client = app.CreateClient();

        using var response = await client.PostActivityAsync(Activities.Message("my private question"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await response.RepliesAsync());
        Assert.Equal(BotReplyTexts.Apology(Language.English), (string?)reply!["text"]);
        Assert.Contains(logs.Entries, e => e.StartsWith("Error ", StringComparison.Ordinal) && e.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.DoesNotContain("my private question", logs.All, StringComparison.Ordinal);
    }

    /// <summary>A bot whose every turn throws, with the user's words in the exception message.</summary>
    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Failed on: " + turnContext.Activity.Text);
    }
}
