using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Bot.Web.Pages;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Bot.Tests.Web.Pages;

/// <summary>/topics groups every card under the topic menu's subjects, the most-asked first.</summary>
public sealed class TopicGroupsTests
{
    private static readonly Dictionary<string, long> NotCounted = [];

    [Fact]
    public void Each_card_goes_under_the_nearest_subject_through_follow_ups_read_both_ways()
    {
        var cards = Catalog(
            Card("a", "b"), Card("b", "c"), Card("c"),
            Card("x", "y"), Card("y"),
            Card("z", "c"),                // leads to c, which is a's
            Card("alone"));

        var groups = TopicGroups.Group(cards, ["a", "x"], NotCounted);

        Assert.Equal(["a", "b", "c", "z"], Ids(groups[0]));
        Assert.Equal(["x", "y"], Ids(groups[1]));
        // Cards no subject reaches come last, under no subject.
        Assert.Null(groups[2].Subject);
        Assert.Equal(["alone"], Ids(groups[2]));
    }

    [Fact]
    public void A_subjects_own_follow_up_is_its_before_a_subject_the_card_only_points_back_to()
    {
        // "shared" names x as a follow-up, and a names "shared": a's, though x is first on the menu.
        var cards = Catalog(Card("x"), Card("a", "shared"), Card("shared", "x"));

        var groups = TopicGroups.Group(cards, ["x", "a"], NotCounted);

        Assert.Equal(["x"], Ids(groups[0]));
        Assert.Equal(["a", "shared"], Ids(groups[1]));
    }

    [Fact]
    public void A_tie_goes_to_the_subject_first_on_the_menu_and_ids_with_no_card_are_skipped()
    {
        var cards = Catalog(Card("a", "shared"), Card("x", "shared"), Card("shared"));

        var groups = TopicGroups.Group(cards, ["missing", "x", "a"], NotCounted);

        Assert.Equal(["x", "shared"], Ids(groups[0]));
        Assert.Equal(["a"], Ids(groups[1]));
    }

    [Fact]
    public void The_most_asked_come_first_and_without_counts_the_curated_order_stands()
    {
        var cards = Catalog(Card("a", "b", "c"), Card("b", "d"), Card("c"), Card("d"));

        Assert.Equal(["a", "b", "c", "d"], Ids(TopicGroups.Group(cards, ["a"], NotCounted)[0]));
        Assert.Equal(["d", "c", "a", "b"], Ids(TopicGroups.Group(cards, ["a"], new Dictionary<string, long> { ["d"] = 40, ["c"] = 7 })[0]));
    }

    [Fact]
    public void With_the_real_cards_every_card_is_listed_once_and_the_detainer_question_leads_its_subject()
    {
        var cards = TestKnowledge.Shared.Index.Current.Cards;
        var menu = new AnswerOptions().MenuTopics;

        var groups = TopicGroups.Group(cards, menu, NotCounted);

        var listed = groups.SelectMany(g => g.Cards).Select(c => c.Id).ToList();
        Assert.Equal(cards.Cards.Select(c => c.Id).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(menu.Where(id => cards.TryGet(id, out _)), groups.Where(g => g.Subject is not null).Select(g => g.Subject!.Id));
        Assert.Equal("detainers", groups[0].Cards[0].Id);
        // Every subject has more than its own card: the menu's subjects cover the paper.
        Assert.All(groups.Where(g => g.Subject is not null), g => Assert.True(g.Cards.Count > 1, g.Subject!.Id + " has no other cards."));
    }

    private static AnswerCardCatalog Catalog(params AnswerCard[] cards) => new(cards);

    private static AnswerCard Card(string id, params string[] followUps) => new()
    {
        Id = id, Topic = "Topic " + id, Question = "Question " + id + "?", AsOf = "2020-11", Answer = "Answer.", FollowUps = followUps,
    };

    private static string[] Ids(TopicGroup group) => [.. group.Cards.Select(c => c.Id)];
}
