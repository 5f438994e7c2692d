using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// One conversation with the real bot through the SDK's <see cref="TestAdapter"/>: the real
/// answer service, renderers and memory-only conversation state; each instance is a new conversation.
/// </summary>
public sealed class BotConversation
{
    public BotConversation(string channelId = "test")
    {
        var reference = TestAdapter.CreateConversation("conversation-" + Guid.NewGuid().ToString("n"));
        reference.ChannelId = channelId;
        Adapter = new TestAdapter(reference);
        State = new ConversationState(new MemoryStorage());
        Bot = CreateBot(State);
    }

    public TestAdapter Adapter { get; }

    public ConversationState State { get; }

    public KnowYourRightsBot Bot { get; }

    /// <summary>The real bot with web chat's renderer and any <paramref name="renderers"/> for other channels.</summary>
    public static KnowYourRightsBot CreateBot(ConversationState state, params IReplyRenderer[] renderers)
    {
        var knowledge = TestKnowledge.Shared;
        var webChat = new WebChatAnswerRenderer(TimeProvider.System, knowledge.Tickets);
        return new KnowYourRightsBot(
            knowledge.Answers, knowledge.Menu, state, new ReplyRendererSelector([webChat, .. renderers], webChat), knowledge.Recorder,
            new FeedbackEvents(knowledge.Tickets, knowledge.FeedbackRecorder), NullLogger<KnowYourRightsBot>.Instance);
    }

    /// <summary>A TestFlow over this conversation, for AssertReply-style tests.</summary>
    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>The user says something; every activity the bot sends back, in order.</summary>
    public async Task<IReadOnlyList<IActivity>> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    /// <summary>The user joins (from a client in <paramref name="locale"/>, when given); every activity the bot sends back, in order.</summary>
    public async Task<IReadOnlyList<IActivity>> JoinAsync(string? locale = null)
    {
        var update = (Activity)Activity.CreateConversationUpdateActivity();
        update.MembersAdded = [Adapter.Conversation.User];
        update.Locale = locale;
        await Adapter.ProcessActivityAsync(update, Bot.OnTurnAsync);
        return Drain();
    }

    private List<IActivity> Drain()
    {
        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }
        return replies;
    }
}
