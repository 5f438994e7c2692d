using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>Resolves the <c>topic</c> query parameter to an answer card; no topic means the home page.</summary>
internal static class OutreachTopic
{
    /// <summary>False when a topic was given but no card has that id.</summary>
    public static bool TryResolve(KnowledgeIndex index, string? topic, out AnswerCard? card)
    {
        card = null;
        if (string.IsNullOrWhiteSpace(topic))
        {
            return true;
        }
        if (index.Current.Cards.TryGet(topic.Trim(), out var found))
        {
            card = found;
            return true;
        }
        return false;
    }
}
