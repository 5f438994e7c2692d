using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Rendering;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Bots;

/// <summary>
/// Takes a vote from Web Chat's feedback event (<see cref="WebChatFeedback"/>) to the
/// <see cref="FeedbackRecorder"/>. The event comes from the client, so anything wrong in it — no
/// action, a ticket that is not ours, altered or expired, a card the index no longer holds — is
/// ignored: nothing is kept and nothing is said.
/// </summary>
public sealed class FeedbackEvents(FeedbackTickets tickets, FeedbackRecorder recorder)
{
    /// <summary>True when the activity was a vote that was counted.</summary>
    public bool Receive(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!tickets.Enabled || WebChatFeedback.Read(activity) is not { } vote || tickets.Read(vote.Ticket) is not { } ticket)
        {
            return false;
        }
        return recorder.Record(ticket, vote.Vote, activity.ChannelId);
    }
}
