using KnowYourRights.Bot.Channels.Shared;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// The Bot Framework adapter behind the embedded Direct Line: activities reach the bot in-process
/// (no HTTP hop to /api/messages, no Azure credentials), and what the bot sends is appended to
/// the conversation's feed, where the client's next poll picks it up.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    public const string ChannelId = "directline";

    /// <summary>Stands in for a service URL: nothing calls back over HTTP, but bots may read the field.</summary>
    public const string ServiceUrl = "urn:knowyourrights:directline";

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    private readonly IDirectLineConversationStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ChannelAccount _bot;
    private readonly ILogger<DirectLineAdapter> _logger;

    public DirectLineAdapter(
        IDirectLineConversationStore store,
        IServiceScopeFactory scopes,
        IOptions<DirectLineOptions> options,
        TimeProvider time,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineAdapter> logger)
    {
        _store = store;
        _scopes = scopes;
        _time = time;
        _logger = logger;
        _bot = new ChannelAccount(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);
        // The bot keeps per-conversation state in memory: tell it when a conversation is gone so
        // it can drop that state (otherwise it would outlive the conversation until restart).
        store.Forgotten += conversation => _ = EndAsync(conversation, lifetime.ApplicationStopping);
        // The same as every adapter: log the exception's type only, apologize in the user's language.
        OnTurnError = (turnContext, exception) => TurnErrorReply.ApologizeAsync(logger, turnContext, exception);
    }

    /// <summary>Tells the bot the user joined, so it can welcome them.</summary>
    public Task StartAsync(DirectLineConversation conversation, string? locale, CancellationToken cancellationToken)
    {
        var user = UserAccount(conversation);
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = $"{conversation.Id}|start",
            Timestamp = _time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = _bot,
            MembersAdded = [_bot, user],
            Locale = locale,
        };
        return RunTurnAsync(conversation, update, cancellationToken);
    }

    /// <summary>Tells the bot a forgotten conversation has ended; anything it sends back has nowhere to go and is dropped.</summary>
    public Task EndAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var end = new Activity(ActivityTypes.EndOfConversation)
        {
            Id = $"{conversation.Id}|end",
            Timestamp = _time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = UserAccount(conversation),
            Recipient = _bot,
        };
        return RunTurnAsync(conversation, end, cancellationToken);
    }

    /// <summary>
    /// Takes a user's activity: stamps it as this channel's (id, time, accounts), appends it to the
    /// feed (the client needs its own message echoed back to mark it sent) and returns its id with
    /// the bot's turn on it, which the caller may await.
    /// </summary>
    public async Task<(string Id, Task Turn)> ReceiveAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = ServiceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = UserAccount(conversation);
        activity.Recipient = _bot;
        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing is a hint, not content: not kept in the feed, not worth a bot turn.
            return ($"{conversation.Id}|typing", Task.CompletedTask);
        }
        var id = await _store.AppendAsync(conversation, activity);
        return (id, RunTurnAsync(conversation, activity, cancellationToken));
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse();
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    await Task.Delay(DelayOf(activity), _time, cancellationToken);
                    break;
                case ActivityTypesEx.InvokeResponse:
                case ActivityTypes.Trace:
                    // Invoke responses belong to an HTTP reply and traces to the Emulator: neither reaches a user.
                    break;
                default:
                    if (await _store.FindAsync(activity.Conversation?.Id ?? string.Empty) is { } conversation)
                    {
                        activity.ChannelId = ChannelId;
                        activity.ServiceUrl = ServiceUrl;
                        activity.Conversation = new ConversationAccount(id: conversation.Id);
                        activity.From = new ChannelAccount(activity.From?.Id ?? _bot.Id, activity.From?.Name ?? _bot.Name, RoleTypes.Bot);
                        activity.Recipient = UserAccount(conversation);
                        responses[i] = new ResourceResponse(await _store.AppendAsync(conversation, activity));
                    }
                    // else the conversation ended (expired or evicted) during the turn: nobody is left to read it.
                    break;
            }
        }
        return responses;
    }

    /// <summary>Polling clients never see an activity again once past it, so edits cannot be delivered.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The embedded Direct Line cannot update a sent activity.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The embedded Direct Line cannot delete a sent activity.");

    public override Task ContinueConversationAsync(string botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(string botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(continuationActivity, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(continuationActivity, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(continuationActivity, callback, cancellationToken);

    /// <summary>
    /// Runs one bot turn, one at a time per conversation, with the bot resolved in a scope of its
    /// own (the turn may outlive the request). Never faults: a caller may stop waiting for it.
    /// </summary>
    private async Task RunTurnAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await conversation.TurnGate.WaitAsync(cancellationToken);
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var bot = scope.ServiceProvider.GetRequiredService<IBot>();
                using var turnContext = new TurnContext(this, activity);
                await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
            }
            finally
            {
                conversation.TurnGate.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            // OnTurnError itself failed, or no bot is registered.
            _logger.LogError("A Direct Line turn ({ActivityType}) could not run: {ExceptionType}: {StackTrace}",
                activity.Type, e.GetType().FullName, e.StackTrace);
        }
    }

    private async Task ContinueAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, continuation);
        await RunPipelineAsync(turnContext, callback, cancellationToken);
    }

    private static ChannelAccount UserAccount(DirectLineConversation conversation) =>
        new(conversation.UserId, role: RoleTypes.User);

    private static TimeSpan DelayOf(Activity activity)
    {
        try
        {
            var milliseconds = Convert.ToDouble(activity.Value, CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, MaxDelay.TotalMilliseconds));
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return TimeSpan.Zero;
        }
    }
}
