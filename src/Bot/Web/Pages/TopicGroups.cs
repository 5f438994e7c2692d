using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>A subject of the topic menu and the cards under it, in the order to show them.</summary>
/// <param name="Subject">The menu's card for the subject; null for the cards no subject reaches.</param>
internal sealed record TopicGroup(AnswerCard? Subject, IReadOnlyList<AnswerCard> Cards);

/// <summary>
/// Sorts every card under one of the topic menu's subjects, for <c>/topics</c>. A card belongs to
/// the subject nearest to it through the cards' follow-ups (read both ways: a card leads to its
/// follow-ups and they back to it), ties going to the subject first on the menu; cards no subject
/// reaches come last, in their own group. Within a group the most-asked cards come first; with no
/// counts (or equal ones) the curated order: the subject's own card, then by closeness, then in
/// the order the follow-ups name them. Works on any card set and any menu: nothing names a card.
/// </summary>
internal static class TopicGroups
{
    /// <param name="menu">The menu's card ids, in order (ids with no card are skipped).</param>
    /// <param name="asked">How often each card was asked for (absent: not counted).</param>
    public static IReadOnlyList<TopicGroup> Group(AnswerCardCatalog cards, IReadOnlyList<string> menu, IReadOnlyDictionary<string, long> asked)
    {
        var neighbours = Neighbours(cards);
        // Multi-source breadth-first search, the subjects in menu order, so a tie goes to the earlier one.
        var owner = new Dictionary<string, (int Subject, int Distance, int Seen)>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        var subjects = menu.Where(id => cards.TryGet(id, out _)).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < subjects.Count; i++)
        {
            owner[subjects[i]] = (i, 0, owner.Count);
            queue.Enqueue(subjects[i]);
        }
        while (queue.TryDequeue(out var id))
        {
            var (subject, distance, _) = owner[id];
            foreach (var next in neighbours[id])
            {
                if (!owner.ContainsKey(next))
                {
                    owner[next] = (subject, distance + 1, owner.Count);
                    queue.Enqueue(next);
                }
            }
        }

        long Asked(AnswerCard card) => asked.TryGetValue(card.Id, out var count) ? count : 0;
        var groups = subjects.Select((id, i) =>
        {
            cards.TryGet(id, out var subject);
            var members = cards.Cards.Where(c => owner.TryGetValue(c.Id, out var o) && o.Subject == i)
                .OrderByDescending(Asked).ThenBy(c => owner[c.Id].Distance).ThenBy(c => owner[c.Id].Seen)
                .ToList();
            return new TopicGroup(subject, members);
        }).ToList();
        var unreached = cards.Cards.Where(c => !owner.ContainsKey(c.Id))
            .OrderByDescending(Asked).ThenBy(c => c.Topic, StringComparer.OrdinalIgnoreCase).ToList();
        if (unreached.Count > 0)
        {
            groups.Add(new TopicGroup(null, unreached));
        }
        return groups;
    }

    /// <summary>Each card's follow-ups and the cards that name it as one, in the order found.</summary>
    private static Dictionary<string, List<string>> Neighbours(AnswerCardCatalog cards)
    {
        var neighbours = cards.Cards.ToDictionary(c => c.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var card in cards.Cards)
        {
            foreach (var next in card.FollowUps.Where(neighbours.ContainsKey))
            {
                Link(neighbours[card.Id], next);
                Link(neighbours[next], card.Id);
            }
        }
        return neighbours;

        static void Link(List<string> list, string id)
        {
            if (!list.Contains(id, StringComparer.Ordinal))
            {
                list.Add(id);
            }
        }
    }
}
