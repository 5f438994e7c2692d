using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>A subject of the topic menu and the cards under it, in the order to show them.</summary>
/// <param name="Subject">The menu's card for the subject; null for the cards no subject reaches.</param>
internal sealed record TopicGroup(AnswerCard? Subject, IReadOnlyList<AnswerCard> Cards);

/// <summary>
/// Sorts every card under one of the topic menu's subjects, for <c>/topics</c>. A card belongs to
/// the subject nearest to it through the cards' follow-ups: a step from a card to a follow-up it
/// names costs 2, a step back from a follow-up to a card that names it 3 (a subject's own
/// follow-ups are its, before a card that merely points at the subject), ties going to the subject
/// first on the menu; cards no subject reaches come last, in their own group. Within a group the
/// most-asked cards come first; with no counts (or equal ones) the curated order: the subject's own
/// card, then by closeness, then in the order found. Works on any card set and any menu: nothing
/// names a card.
/// </summary>
internal static class TopicGroups
{
    private const int Forward = 2;
    private const int Backward = 3;

    /// <param name="menu">The menu's card ids, in order (ids with no card are skipped).</param>
    /// <param name="asked">How often each card was asked for (absent: not counted).</param>
    public static IReadOnlyList<TopicGroup> Group(AnswerCardCatalog cards, IReadOnlyList<string> menu, IReadOnlyDictionary<string, long> asked)
    {
        var steps = Steps(cards);
        var subjects = menu.Where(id => cards.TryGet(id, out _)).Distinct(StringComparer.Ordinal).ToList();
        // Dijkstra from every subject at once; the priority orders by cost, then menu order, then the order found.
        var owner = new Dictionary<string, (int Subject, int Cost, int Seen)>(StringComparer.Ordinal);
        var queue = new PriorityQueue<(string Id, int Subject, int Cost), (int Cost, int Subject, int Found)>();
        var found = 0;
        for (var i = 0; i < subjects.Count; i++)
        {
            queue.Enqueue((subjects[i], i, 0), (0, i, found++));
        }
        while (queue.TryDequeue(out var at, out _))
        {
            if (!owner.TryAdd(at.Id, (at.Subject, at.Cost, owner.Count)))
            {
                continue;
            }
            foreach (var (next, cost) in steps[at.Id].Where(s => !owner.ContainsKey(s.Id)))
            {
                queue.Enqueue((next, at.Subject, at.Cost + cost), (at.Cost + cost, at.Subject, found++));
            }
        }

        long Asked(AnswerCard card) => asked.TryGetValue(card.Id, out var count) ? count : 0;
        var groups = subjects.Select((id, i) =>
        {
            cards.TryGet(id, out var subject);
            var members = cards.Cards.Where(c => owner.TryGetValue(c.Id, out var o) && o.Subject == i)
                .OrderByDescending(Asked).ThenBy(c => owner[c.Id].Cost).ThenBy(c => owner[c.Id].Seen)
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

    /// <summary>From each card: to its follow-ups (<see cref="Forward"/>), and back to the cards that name it (<see cref="Backward"/>).</summary>
    private static Dictionary<string, List<(string Id, int Cost)>> Steps(AnswerCardCatalog cards)
    {
        var steps = cards.Cards.ToDictionary(c => c.Id, _ => new List<(string Id, int Cost)>(), StringComparer.Ordinal);
        foreach (var card in cards.Cards)
        {
            foreach (var next in card.FollowUps.Where(steps.ContainsKey))
            {
                steps[card.Id].Add((next, Forward));
                steps[next].Add((card.Id, Backward));
            }
        }
        return steps;
    }
}
