using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Bots;

/// <summary>
/// A conversation as a worried parent has it, through the real bot and adapter: each message gets
/// an answer that fits it, and no answer repeats the one before it, in web chat and by SMS.
/// </summary>
public sealed class ConversationSequenceTests
{
    /// <summary>The mother's web-chat sequence: a hold on her son, how long, what can I do, his court date.</summary>
    public static readonly string[] Mother =
    [
        "ICE put a hold on my son at the county jail",
        "how long can they keep him",
        "what can i do",
        "can they take him at his court date",
    ];

    /// <summary>What each of <see cref="Mother"/>'s answers must hold, in order.</summary>
    public static readonly string[] MotherExpects =
    [
        "(?i)detainer|hold",
        "(?i)does not (say|give)",
        "(?i)Legal Services Directory[\\s\\S]*detainer",
        "(?i)courthouse",
    ];

    [Fact]
    public async Task In_web_chat_the_mothers_four_messages_get_four_different_fitting_answers()
    {
        var conversation = new BotConversation();
        var replies = new List<string>();
        foreach (var message in Mother)
        {
            replies.Add((await conversation.SayAsync(message)).Messages().Single().Text);
        }

        AssertFitAndNeverRepeat(replies);
    }

    [Fact]
    public async Task By_sms_the_mothers_four_messages_get_four_different_fitting_answers()
    {
        using var sms = new SmsConversation();
        var replies = new List<string>();
        foreach (var message in Mother)
        {
            // SMS sends the summary first and the rest on MORE: what the person reads now is compared.
            replies.Add(string.Join("\n", await sms.SayAsync(message)));
        }

        Assert.Equal(Mother.Length, replies.Distinct().Count());
        Assert.Matches(MotherExpects[0], replies[0]);
        Assert.Matches("(?i)directory", replies[2]);
        Assert.Matches("(?i)court", replies[3]);
    }

    [Fact]
    public async Task A_follow_up_landing_on_the_card_just_shown_is_not_sent_again_word_for_word()
    {
        var conversation = new BotConversation();

        var first = (await conversation.SayAsync("How many 287(g) agreements are there?")).Messages().Single().Text;
        var second = (await conversation.SayAsync("and how many before?")).Messages().Single().Text;

        Assert.NotEqual(first, second);
        Assert.Contains("34", second, StringComparison.Ordinal);
    }

    internal static void AssertFitAndNeverRepeat(IReadOnlyList<string> replies)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            Assert.Matches(MotherExpects[i], replies[i]);
            if (i > 0)
            {
                Assert.NotEqual(replies[i - 1], replies[i]);
            }
        }
    }
}
