using KnowYourRights.Bot.Channels.Shared;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// The adapter behind the direct Twilio webhook: runs the same bot, with the SMS middleware, on an
/// activity of channel <c>sms</c>, and instead of sending the replies anywhere collects the text of
/// each message the bot sends during the turn, for the webhook to return as TwiML. Nothing is
/// sent later, so replies cannot be updated or deleted.
/// </summary>
public sealed class SmsAdapter : BotAdapter
{
    private readonly ILogger<SmsAdapter> _logger;

    public SmsAdapter(SmsConversationMiddleware middleware, ILogger<SmsAdapter> logger)
    {
        _logger = logger;
        Use(middleware);
        OnTurnError = (turnContext, exception) => TurnErrorReply.ApologizeAsync(_logger, turnContext, exception);
    }

    /// <summary>Runs one turn and returns the texts of the messages the bot sent, in order.</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var outbox = new Outbox();
        using var context = new TurnContext(this, activity);
        context.TurnState.Add(outbox);
        await RunPipelineAsync(context, callback, cancellationToken);
        return outbox.Messages;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var outbox = turnContext.TurnState.Get<Outbox>() ?? throw new InvalidOperationException("An SMS turn runs only through SmsAdapter.ProcessAsync.");
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Message && !string.IsNullOrEmpty(activity.Text))
            {
                outbox.Messages.Add(activity.Text);
            }
            responses.Add(new ResourceResponse(Guid.NewGuid().ToString("n")));
        }
        return Task.FromResult(responses.ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("An SMS cannot be changed once sent.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("An SMS cannot be deleted once sent.");

    /// <summary>The messages of one turn, kept in its turn state.</summary>
    private sealed class Outbox
    {
        public List<string> Messages { get; } = [];
    }
}
