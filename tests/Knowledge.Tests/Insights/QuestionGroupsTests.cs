using KnowYourRights.Knowledge.Insights;

namespace KnowYourRights.Knowledge.Tests.Insights;

[Collection(KnowledgeCollection.Name)]
public sealed class QuestionGroupsTests(KnowledgeFixture knowledge)
{
    [Fact]
    public void Questions_asked_in_other_words_or_in_Spanish_fall_in_one_group_and_others_apart()
    {
        string[] questions =
        [
            "how do I apply for asylum",           // 0
            "can my cousin get a green card",      // 1
            "How can I apply for asylum?",         // 2
            "where do I ask for asylum",           // 3
            "what is the weather in Houston",      // 4
        ];
        using var lease = knowledge.Index.Acquire();

        var groups = QuestionGroups.Group(questions, lease.Snapshot);

        Assert.Equal([0, 2, 3], groups[0]);
        Assert.Contains(groups, g => g.SequenceEqual([1]));
        Assert.Contains(groups, g => g.SequenceEqual([4]));
        Assert.Equal(questions.Length, groups.Sum(g => g.Count));
    }

    [Fact]
    public void The_same_rows_always_give_the_same_groups()
    {
        string[] questions = ["bond money back", "can I get my bond money back", "green card", "how long is a green card wait", "bond"];
        using var lease = knowledge.Index.Acquire();

        Assert.Equal(QuestionGroups.Group(questions, lease.Snapshot), QuestionGroups.Group(questions, lease.Snapshot));
    }
}
