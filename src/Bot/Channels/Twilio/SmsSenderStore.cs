using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// Per-sender SMS state, keyed by sender key (see <see cref="SmsSenderKeys"/>), with a time to live:
/// <list type="bullet">
/// <item>the <see cref="SmsSenderState"/> (pages for MORE, numbered choices, language), forgotten
/// after <see cref="SmsOptions.IdleTimeout"/> without a message or <see cref="SmsOptions.MaxAge"/>
/// in any case; when it goes, the bot's conversation state for that sender (notice shown,
/// language, the last answer's sources for SOURCES) is deleted with it, so the SMS side of the
/// bot's <see cref="ConversationState"/> expires too;</item>
/// <item>the STOP mark, kept for <see cref="SmsOptions.OptOutRetention"/>.</item>
/// </list>
/// In this process's memory (<see cref="MemorySmsSenderStore"/>) or, when several instances
/// share it, in Redis (<see cref="RedisSmsSenderStore"/>, whose calls throw
/// <see cref="State.SharedStateUnavailableException"/> while Redis is unreachable).
/// </summary>
public abstract class SmsSenderStore(ConversationState conversationState, ILogger<SmsSenderStore> logger)
{
    /// <summary>What an entry costs besides its text: the key, the entry and the record.</summary>
    protected const int EntryOverheadBytes = 256;

    public abstract bool IsStopped(string senderKey);

    /// <summary>Marks the sender as opted out and forgets everything else about them at once.</summary>
    public abstract void Stop(string senderKey);

    public abstract void Start(string senderKey);

    /// <summary>Forgets the sender's state and the bot's conversation state at once, without an opt-out mark (a phone call that ended).</summary>
    public abstract void Forget(string senderKey);

    public abstract SmsSenderState? Get(string senderKey);

    /// <summary>Keeps (or refreshes) the sender's state, restarting its idle timeout but not its maximum age.</summary>
    public abstract void Set(string senderKey, SmsSenderState state);

    /// <summary>Refreshes the sender's state, creating an empty one, so that the conversation state made in this turn expires with it.</summary>
    public virtual SmsSenderState Touch(string senderKey, string language)
    {
        var state = Get(senderKey) ?? new SmsSenderState([], [], language);
        Set(senderKey, state);
        return state;
    }

    /// <summary>The bytes a state holds, roughly: two per character of text, and the overhead.</summary>
    internal static long SizeOf(SmsSenderState state) =>
        EntryOverheadBytes + 2L * (state.Pages.Sum(p => p.Length + 16) + state.Choices.Sum(c => c.Length + 16) + state.Language.Length);

    /// <summary>Deletes the bot's conversation state of one SMS sender.</summary>
    protected void ForgetConversation(string sender)
    {
        try
        {
            // The bot's conversation state for an SMS sender is keyed by the sender key (the
            // conversation id is rewritten to it), so this deletes exactly that sender's state,
            // using the SDK's own storage key. A key is an SMS or a WhatsApp sender's (the
            // address it hashes says which, and only the webhook saw it): both are deleted.
            foreach (var channel in TwilioTextChannels.All)
            {
                using var context = new TurnContext(new StateOnlyAdapter(), new Activity
                {
                    ChannelId = channel,
                    Conversation = new ConversationAccount(id: sender),
                });
                conversationState.DeleteAsync(context).GetAwaiter().GetResult();
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning("Could not delete an expired SMS conversation state ({ExceptionType}).", exception.GetType().Name);
        }
    }

    /// <summary>The adapter a state-only turn context needs; it never sends.</summary>
    private sealed class StateOnlyAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
