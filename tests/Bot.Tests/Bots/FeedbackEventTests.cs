using System.Diagnostics.Metrics;
using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowYourRights.Bot.Tests.Bots;

/// <summary>
/// Web Chat's thumbs up and down with the real bot: a card answer carries the feedback entity Web
/// Chat 4.18 reads, the event Web Chat posts for a click (as it is on the wire: the action alone,
/// no <c>replyToId</c>) is counted for the card, and anything made up or altered is ignored.
/// </summary>
public sealed class FeedbackEventTests
{
    private readonly IOptions<InsightsOptions> _insights = Options.Create(new InsightsOptions());
    private readonly InsightsQueue _queue;
    private readonly FeedbackTickets _tickets;
    private readonly TestAdapter _adapter;
    private readonly KnowYourRightsBot _bot;

    public FeedbackEventTests()
    {
        var knowledge = TestKnowledge.Shared;
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        _queue = new InsightsQueue(_insights, meters);
        _tickets = new FeedbackTickets(new EphemeralDataProtectionProvider(), Options.Create(new FeedbackOptions()), _insights, TimeProvider.System);
        var recorder = new FeedbackRecorder(knowledge.Index, _queue, _insights, TimeProvider.System, meters);
        var reference = TestAdapter.CreateConversation("feedback-" + Guid.NewGuid().ToString("n"));
        reference.ChannelId = "webchat";
        _adapter = new TestAdapter(reference);
        var webChat = new WebChatAnswerRenderer(TimeProvider.System, _tickets);
        _bot = new KnowYourRightsBot(
            knowledge.Answers, knowledge.Menu, new ConversationState(new MemoryStorage()), new ReplyRendererSelector([webChat], webChat),
            knowledge.Recorder, new FeedbackEvents(_tickets, recorder), NullLogger<KnowYourRightsBot>.Instance);
    }

    [Fact]
    public async Task A_card_answer_carries_like_and_dislike_and_a_thumbs_down_is_counted_with_the_question()
    {
        var answer = await AnswerAsync("What is an ICE detainer?");

        var root = FeedbackRoot(answer);
        Assert.NotNull(root);
        Assert.Equal("https://schema.org/Message", root!.Value<string>("type"));
        Assert.Equal(string.Empty, root.Value<string>("@id"));
        var actions = root["potentialAction"]!.Select(a => a.Value<string>("@type")!).ToArray();
        Assert.Equal(["LikeAction", "DislikeAction"], actions);
        // The question rides sealed: the activity the client holds never shows it in clear.
        Assert.DoesNotContain("detainer", root["potentialAction"]![1]!.Value<string>(WebChatFeedback.TicketProperty)!, StringComparison.OrdinalIgnoreCase);

        var replies = await VoteAsync(root["potentialAction"]![1]!);

        Assert.Empty(replies);
        var vote = Assert.Single(Queued());
        Assert.Equal(FeedbackVotes.NotHelpful, vote.Vote);
        Assert.Equal("detainers", vote.CardId);
        Assert.Equal("webchat", vote.Channel);
        Assert.Equal("en", vote.Language);
        Assert.Equal(FeedbackVotes.NotHelpful, vote.UnansweredOutcome);
        Assert.Equal("What is an ICE detainer?", vote.Text);
    }

    [Fact]
    public async Task A_thumbs_up_is_counted_without_any_text()
    {
        var root = FeedbackRoot(await AnswerAsync("¿Qué es una orden de detención de ICE?"))!;

        await VoteAsync(root["potentialAction"]![0]!);

        var vote = Assert.Single(Queued());
        Assert.Equal(FeedbackVotes.Helpful, vote.Vote);
        Assert.Equal("es", vote.Language);
        Assert.Null(vote.UnansweredOutcome);
        Assert.Null(vote.Text);
    }

    [Fact]
    public async Task A_decline_and_an_urgent_reply_carry_no_feedback()
    {
        Assert.Null(FeedbackRoot(await AnswerAsync("How do I apply for asylum?")));
        Assert.Null(FeedbackRoot(await AnswerAsync("ICE agents are knocking on my door right now what do I do")));
    }

    [Fact]
    public async Task A_made_up_altered_or_unknown_card_ticket_and_an_event_without_action_are_ignored()
    {
        var root = FeedbackRoot(await AnswerAsync("What is an ICE detainer?"))!;
        var real = root["potentialAction"]![1]!.Value<string>(WebChatFeedback.TicketProperty)!;
        var unknownCard = _tickets.Issue(new Answer
        {
            Question = "What is a detainer?", Answered = true, Kind = AnswerKinds.Card, Text = "…", Notice = "…", Language = "en", CardId = "no-such-card",
        })!;

        await VoteAsync(Action("DislikeAction", "not-a-ticket"));
        await VoteAsync(Action("DislikeAction", real[..^4] + (real.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA")));
        await VoteAsync(Action("DislikeAction", unknownCard));
        await VoteAsync(Action("ShareAction", real));
        await VoteAsync(new JObject { ["@type"] = "DislikeAction", [WebChatFeedback.TicketProperty] = new JArray(real) });
        await _adapter.ProcessActivityAsync(Event(null), _bot.OnTurnAsync);

        Assert.Empty(Queued());
    }

    private async Task<IMessageActivity> AnswerAsync(string question)
    {
        await _adapter.SendTextToBotAsync(question, _bot.OnTurnAsync, CancellationToken.None);
        IMessageActivity? last = null;
        while (_adapter.GetNextReply() is { } reply)
        {
            last = reply as IMessageActivity ?? last;
        }
        return last!;
    }

    private async Task<List<IActivity>> VoteAsync(JToken action)
    {
        await _adapter.ProcessActivityAsync(Event(action), _bot.OnTurnAsync);
        var replies = new List<IActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }
        return replies;
    }

    /// <summary>The event as Web Chat 4.18 posts it, read the way the Direct Line reads JSON.</summary>
    private static Activity Event(JToken? action)
    {
        var json = new JObject { ["type"] = "event", ["name"] = WebChatFeedback.EventName };
        if (action is not null)
        {
            json["entities"] = new JArray(action);
        }
        return JsonConvert.DeserializeObject<Activity>(json.ToString())!;
    }

    private static JObject Action(string type, string ticket) => new() { ["@type"] = type, [WebChatFeedback.TicketProperty] = ticket };

    private static JObject? FeedbackRoot(IMessageActivity activity) =>
        (activity.Entities ?? []).Select(e => JObject.FromObject(e)).FirstOrDefault(e => e["potentialAction"] is not null);

    private List<InsightsEntry> Queued()
    {
        var entries = new List<InsightsEntry>();
        while (_queue.Reader.TryRead(out var entry))
        {
            entries.Add(entry);
        }
        return entries;
    }
}
