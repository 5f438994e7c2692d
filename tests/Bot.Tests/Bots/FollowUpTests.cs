using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Tests.Bots;

/// <summary>
/// A short follow-up is read with the topic of the last answer, on every channel, and the
/// conversation keeps only that topic's id, never the person's words.
/// </summary>
public sealed class FollowUpTests
{
    private const string Story = "my son Mateo is in jail and they say ICE has a hold on him, my number is 832-555-0147";
    private const string FollowUp = "how long can they keep him?";

    [Fact]
    public async Task In_web_chat_a_follow_up_is_answered_in_the_context_of_the_last_answer()
    {
        var conversation = new BotConversation();
        var first = (await conversation.SayAsync(Story)).Messages().Single();
        var second = (await conversation.SayAsync(FollowUp)).Messages().Single();

        Assert.Matches("(?i)detainer|hold", first.Text);
        Assert.DoesNotContain(ReplyTexts.Decline("en"), second.Text, StringComparison.Ordinal);
        Assert.Matches("(?i)detainer|hold", second.Text);
        Assert.DoesNotContain("555-0147", first.Text + second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_sms_a_follow_up_is_answered_in_the_context_of_the_last_answer_and_state_keeps_no_words()
    {
        using var sms = new SmsConversation();
        var first = string.Join("\n", await sms.SayAsync(Story));
        var second = string.Join("\n", await sms.SayAsync(FollowUp));

        Assert.Matches("(?i)detainer|hold", first);
        Assert.DoesNotContain(ReplyTexts.Decline("en"), second, StringComparison.Ordinal);
        Assert.Matches("(?i)detainer|hold", second);
        var state = string.Join("\n", sms.Storage.Values.Select(v => v.ToString()));
        Assert.Contains("lastCardId", state, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mateo", state, StringComparison.Ordinal);
        Assert.DoesNotContain("555-0147", state, StringComparison.Ordinal);
        Assert.DoesNotContain("keep him", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spanish_conversation_gets_spanish_suggestions()
    {
        var conversation = new BotConversation();
        var reply = (await conversation.SayAsync("¿Qué es un detainer de ICE?")).Messages().Single();

        var actions = reply.SuggestedActions?.Actions ?? [];
        Assert.NotEmpty(actions);
        Assert.All(actions.Where(a => a.Type == ActionTypes.ImBack), a => Assert.Equal("es", KnowYourRights.Knowledge.Text.Language.Detect(a.Title ?? (string)a.Value)));
    }
}
