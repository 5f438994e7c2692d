using KnowYourRights.Bot.Insights;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace KnowYourRights.Bot.Rendering;

/// <summary>
/// Web Chat's built-in "was this helpful?" (4.17+), both ways. Out: a card answer carries the
/// root schema.org entity (<c>"@id": ""</c>) whose <c>potentialAction</c> lists a
/// <c>LikeAction</c> and a <c>DislikeAction</c>; Web Chat shows them as thumbs up and down under
/// the message. Back: a click makes Web Chat post an event named <see cref="EventName"/> whose one
/// entity is the action clicked, as the bot wrote it, and nothing else about the answer (no
/// <c>replyToId</c>), so each action carries the answer's sealed <see cref="FeedbackTicket"/>.
/// </summary>
public static class WebChatFeedback
{
    /// <summary>The event Web Chat 4.18 posts for a vote (after a 0.5 s pause, so a changed mind sends one).</summary>
    public const string EventName = "webchat:activity-status/feedback";

    /// <summary>Where the sealed ticket rides in each action (Web Chat keeps properties it does not know).</summary>
    public const string TicketProperty = "ticket";

    private const string Like = "LikeAction";
    private const string Dislike = "DislikeAction";

    /// <summary>The root entity with the two actions, for a card answer's sealed ticket.</summary>
    public static Entity Entity(string ticket)
    {
        var root = new JObject
        {
            ["type"] = "https://schema.org/Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["@type"] = "Message",
            ["potentialAction"] = new JArray(Action(Like, ticket), Action(Dislike, ticket)),
        };
        return root.ToObject<Entity>()!;
    }

    /// <summary>True for Web Chat's feedback event.</summary>
    public static bool IsFeedback(IActivity activity) =>
        activity is IEventActivity { Name: EventName };

    /// <summary>
    /// The vote (a <see cref="FeedbackVotes"/> value) and the sealed ticket of a feedback event, or
    /// null when it carries no like or dislike action with a ticket.
    /// </summary>
    public static (string Vote, string Ticket)? Read(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var entity in activity.Entities ?? [])
        {
            var properties = entity?.Properties;
            var vote = (properties?["@type"] is JValue { Type: JTokenType.String } type ? (string?)type : null) switch
            {
                Like => FeedbackVotes.Helpful,
                Dislike => FeedbackVotes.NotHelpful,
                _ => null,
            };
            if (vote is not null && properties![TicketProperty] is JValue { Type: JTokenType.String } ticket)
            {
                return (vote, (string)ticket!);
            }
        }
        return null;
    }

    private static JObject Action(string type, string ticket) => new()
    {
        ["@type"] = type,
        // Distinct per action: Web Chat keys its buttons by @id.
        ["@id"] = "kyr:feedback:" + (type == Like ? FeedbackVotes.Helpful : FeedbackVotes.NotHelpful),
        ["actionStatus"] = "PotentialActionStatus",
        [TicketProperty] = ticket,
    };
}
