using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// A predictable bot for protocol tests: welcomes a new user, echoes messages ("You said: …"),
/// and throws on "boom" so error handling can be seen.
/// </summary>
public sealed class TestBot : ActivityHandler
{
    public const string Welcome = "Welcome! Ask me a question.";

    /// <summary>Conversation ids the bot was told have ended (ids are random, so tests running at once do not collide).</summary>
    public static ConcurrentQueue<string> Ended { get; } = new();

    protected override Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken)
    {
        Ended.Enqueue(turnContext.Activity.Conversation.Id);
        return Task.CompletedTask;
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        membersAdded.Any(m => m.Id != turnContext.Activity.Recipient.Id)
            ? turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken)
            : Task.CompletedTask;

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Text == "boom"
            ? throw new InvalidOperationException("Test bot failure.")
            : turnContext.SendActivityAsync(MessageFactory.Text("You said: " + turnContext.Activity.Text), cancellationToken);
}
