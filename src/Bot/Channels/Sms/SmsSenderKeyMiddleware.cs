using KnowYourRights.Bot.Channels.Twilio;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// For Azure's Twilio channel (<c>POST /api/messages</c>, channel <c>sms</c>): the activity
/// arrives with the sender's phone number as <c>from.id</c> and in <c>conversation.id</c>, and
/// the Bot Framework's <see cref="ConversationState"/> is keyed by channel and conversation id.
/// So the first thing in the turn, before any state is read, both become the sender key (and the
/// name and channel data, which may repeat the number, are dropped). The real ids are kept only
/// in this turn's closure and put back on the replies, on new objects, because the channel needs
/// them to deliver the reply; nothing stores them.
/// </summary>
public sealed class SmsSenderKeyMiddleware(SmsSenderKeys keys) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!string.Equals(activity.ChannelId, ConnectorChannels.Sms, StringComparison.OrdinalIgnoreCase))
        {
            await next(cancellationToken);
            return;
        }
        var user = activity.From;
        var conversation = activity.Conversation;
        var number = user?.Id ?? conversation?.Id;
        if (string.IsNullOrEmpty(number))
        {
            // No sender at all: there is no one to answer and nothing to key state by.
            return;
        }
        var key = keys.For(number);
        activity.From = new ChannelAccount(id: key, role: user?.Role);
        activity.Conversation = new ConversationAccount(id: key);
        activity.ChannelData = null;
        Rekey(activity.MembersAdded, user?.Id, key);
        Rekey(activity.MembersRemoved, user?.Id, key);

        turnContext.OnSendActivities((context, activities, nextSend) =>
        {
            foreach (var reply in activities)
            {
                if (reply.Conversation?.Id == key && conversation is not null)
                {
                    reply.Conversation = new ConversationAccount(conversation.IsGroup, conversation.ConversationType, conversation.Id, conversation.Name, conversation.AadObjectId, conversation.Role, conversation.TenantId);
                }
                if (reply.Recipient?.Id == key && user is not null)
                {
                    reply.Recipient = new ChannelAccount(user.Id, user.Name, user.Role, user.AadObjectId);
                }
            }
            return nextSend();
        });
        await next(cancellationToken);
    }

    private static void Rekey(IList<ChannelAccount>? members, string? number, string key)
    {
        if (members is null || number is null)
        {
            return;
        }
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Id == number)
            {
                members[i] = new ChannelAccount(id: key, role: members[i].Role);
            }
        }
    }
}
