using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Bots;

/// <summary>
/// The bot: answers each message from <see cref="AnswerService"/>, handles a few commands
/// (help/menu, sources, start over), and greets people who join. It decides what to say and
/// leaves how it looks to the channel's <see cref="IReplyRenderer"/>.
/// </summary>
/// <remarks>
/// Privacy: a question can reveal someone's immigration status, so this class never logs the
/// message text or any id, and keeps only <see cref="ConversationData"/> (no question text) in
/// memory-only conversation state.
/// </remarks>
public sealed class KnowYourRightsBot(
    AnswerService answers,
    TopicMenu menu,
    ConversationState conversationState,
    ReplyRendererSelector renderers,
    QuestionRecorder recorder,
    FeedbackEvents feedback,
    ILogger<KnowYourRightsBot> logger) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationData> _data = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        // Saved once at the end of the turn (the BotBuilder samples' pattern), so a turn that
        // fails part way leaves the conversation as it was.
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // The bot is a member too; greet only when someone else joins, and once per update.
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            // The client's locale (Web Chat sends the browser's) picks the welcome's language; a
            // question later sets it from its own words.
            if ((turnContext.Activity as Activity)?.Locale?.StartsWith(KnowYourRights.Knowledge.Text.Language.Spanish, StringComparison.OrdinalIgnoreCase) == true)
            {
                var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
                data.Language = KnowYourRights.Knowledge.Text.Language.Spanish;
            }
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>
    /// A channel ended the conversation (the embedded Direct Line does when a conversation expires
    /// or is evicted): forget its state now rather than keeping it in memory until a restart.
    /// </summary>
    protected override Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
        conversationState.DeleteAsync(turnContext, cancellationToken);

    /// <summary>
    /// Web Chat's thumbs up or down on an answer: counted (see <see cref="FeedbackEvents"/>),
    /// never answered: Web Chat already shows the button pressed. Other events are ignored.
    /// </summary>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (WebChatFeedback.IsFeedback(turnContext.Activity))
        {
            var counted = feedback.Receive(turnContext.Activity);
            logger.LogInformation("Feedback event: {Result}.", counted ? "counted" : "ignored");
        }
        return Task.CompletedTask;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        var command = BotCommands.Parse(text, out var commandLanguage);
        logger.LogDebug("Message turn ({Command}).", command);
        if (command != BotCommand.None)
        {
            await CommandAsync(turnContext, command, commandLanguage, cancellationToken);
            return;
        }
        if (text.Length == 0)
        {
            // A message with no text (an attachment, an empty submit): show what the bot can do.
            await WelcomeAsync(turnContext, cancellationToken);
            return;
        }
        await AnswerAsync(turnContext, text, cancellationToken);
    }

    private async Task CommandAsync(ITurnContext turnContext, BotCommand command, string? language, CancellationToken cancellationToken)
    {
        if (command == BotCommand.StartOver)
        {
            // Forget everything about this conversation, then greet as if it were new.
            await conversationState.DeleteAsync(turnContext, cancellationToken);
        }
        // A command said in Spanish ("ayuda", "fuentes") switches the bot's own words to Spanish.
        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        data.Language = language ?? data.Language;
        switch (command)
        {
            case BotCommand.Sources:
                await turnContext.SendActivityAsync(Renderer(turnContext).Sources(data.Language, data.LastSources), cancellationToken);
                break;
            case BotCommand.NoneOfThese:
                await turnContext.SendActivityAsync(Renderer(turnContext).NoneOfThese(data.Language, menu.Choices(data.Language)), cancellationToken);
                break;
            default:
                await WelcomeAsync(turnContext, cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        // The search takes a moment on a cold index; show that the bot is working on it.
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);

        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        // A short follow-up ("how long can they keep him?") is read with the topic of the last answer.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var answer = answers.Ask(question, data.LastCardId);
        // Counted once per answered message, with its channel; the recorder never waits on storage.
        recorder.Record(answer, turnContext.Activity.ChannelId, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        var withNotice = !data.NoticeShown;
        var reply = Renderer(turnContext).Answer(answer, withNotice);

        data.NoticeShown = true;
        data.Language = answer.Language;
        if (answer.Answered)
        {
            // "sources" lists the last real answer's sources; a decline or "did you mean" keeps them.
            data.LastSources = answer.Citations.Take(ConversationData.MaxSources).ToList();
            data.LastCardId = answer.Topic ?? data.LastCardId;
        }
        await turnContext.SendActivityAsync(reply, cancellationToken);
        logger.LogInformation("Answered a question: {Kind}, {Citations} citations.", answer.Kind, answer.Citations.Count);
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var notice = data.NoticeShown ? null : ReplyTexts.Notice(data.Language);
        data.NoticeShown = true;
        await turnContext.SendActivityAsync(Renderer(turnContext).Welcome(data.Language, menu.Choices(data.Language), notice), cancellationToken);
    }

    private IReplyRenderer Renderer(ITurnContext turnContext) => renderers.For(turnContext.Activity.ChannelId);
}
