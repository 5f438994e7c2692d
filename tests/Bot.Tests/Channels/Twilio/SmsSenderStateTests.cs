using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Bot.Tests.Channels.Twilio;

/// <summary>Per-sender state: keyed by the HMAC of the number, never the number, and forgotten after its time to live.</summary>
public sealed class SmsSenderStateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_bots_conversation_state_is_keyed_by_the_sender_key_not_the_phone_number()
    {
        using var sms = new SmsConversation();

        await sms.SayAsync("What is an ICE detainer?");
        await sms.SayAsync("SOURCES");

        var key = Assert.Single(sms.Storage.Keys);
        Assert.Contains(sms.SenderKey, key, StringComparison.Ordinal);
        Assert.DoesNotContain("5551234567", key, StringComparison.Ordinal);
        Assert.DoesNotContain("5551234567", sms.Storage[key].ToString(), StringComparison.Ordinal);
        Assert.StartsWith(SmsSenderKeys.Prefix, sms.SenderKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replies_still_go_to_the_real_conversation_so_azure_can_deliver_them()
    {
        using var sms = new SmsConversation();

        await sms.Adapter.SendTextToBotAsync("What is an ICE detainer?", sms.Bot.OnTurnAsync, CancellationToken.None);
        var reply = Assert.Single(sms.Drain());

        Assert.Equal(SmsConversation.PhoneNumber, reply.Conversation.Id);
        Assert.Equal(SmsConversation.PhoneNumber, reply.Recipient.Id);
    }

    [Fact]
    public void Sender_keys_are_a_keyed_hash_stable_per_secret_and_different_across_secrets()
    {
        var one = new SmsSenderKeys(Microsoft.Extensions.Options.Options.Create(new SmsOptions { SenderKeySecret = "first-secret-0123456789" }));
        var same = new SmsSenderKeys(Microsoft.Extensions.Options.Options.Create(new SmsOptions { SenderKeySecret = "first-secret-0123456789" }));
        var other = new SmsSenderKeys(Microsoft.Extensions.Options.Options.Create(new SmsOptions { SenderKeySecret = "other-secret-0123456789" }));
        var random = new SmsSenderKeys(Microsoft.Extensions.Options.Options.Create(new SmsOptions()));

        Assert.Equal(one.For("+15551234567"), same.For("+1 (555) 123-4567"));
        Assert.NotEqual(one.For("+15551234567"), one.For("+15551234568"));
        Assert.NotEqual(one.For("+15551234567"), other.For("+15551234567"));
        Assert.NotEqual(one.For("+15551234567"), random.For("+15551234567"));
        Assert.DoesNotContain("5551234567", one.For("+15551234567"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everything_about_a_sender_is_forgotten_after_the_idle_timeout()
    {
        var clock = new FakeTimeProvider(Start);
        using var sms = new SmsConversation(new SmsOptions { IdleTimeout = TimeSpan.FromMinutes(10) }, clock);
        var first = await sms.SayOneAsync("What is an ICE detainer?");
        Assert.EndsWith(SmsReplyTexts.FullAnswerPrompt(Language.English), first, StringComparison.Ordinal);
        Assert.NotEmpty(sms.Storage);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(sms.Store.Get(sms.SenderKey));
        clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(sms.Store.Get(sms.SenderKey));
        await WaitUntilAsync(() => sms.Storage.Count == 0);
        Assert.Equal(SmsReplyTexts.NothingMore(Language.English), await sms.SayOneAsync("MORE"));
    }

    [Fact]
    public async Task A_busy_sender_is_still_forgotten_after_the_maximum_age()
    {
        var clock = new FakeTimeProvider(Start);
        using var sms = new SmsConversation(new SmsOptions { IdleTimeout = TimeSpan.FromMinutes(10), MaxAge = TimeSpan.FromHours(1) }, clock);
        await sms.SayAsync("What is an ICE detainer?");
        for (var minutes = 0; minutes < 55; minutes += 5)
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            await sms.SayAsync("What is 287(g)?");
        }
        Assert.NotNull(sms.Store.Get(sms.SenderKey));

        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(sms.Store.Get(sms.SenderKey));
        await WaitUntilAsync(() => sms.Storage.Count == 0);
    }

    [Fact]
    public async Task A_stop_outlives_the_conversation_state()
    {
        var clock = new FakeTimeProvider(Start);
        using var sms = new SmsConversation(new SmsOptions { IdleTimeout = TimeSpan.FromMinutes(10), OptOutRetention = TimeSpan.FromDays(30) }, clock);
        await sms.SayAsync("STOP");

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Empty(await sms.SayAsync("What is an ICE detainer?"));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.NotEmpty(await sms.SayAsync("What is an ICE detainer?"));
    }

    [Fact]
    public async Task An_activity_without_a_sender_key_is_dropped_rather_than_keyed_by_a_number()
    {
        // The SMS conversation middleware alone (as on the webhook's adapter), given a raw number.
        var options = Microsoft.Extensions.Options.Options.Create(new SmsOptions());
        var state = new Microsoft.Bot.Builder.ConversationState(new Microsoft.Bot.Builder.MemoryStorage());
        using var store = new MemorySmsSenderStore(options, state, Microsoft.Extensions.Logging.Abstractions.NullLogger<SmsSenderStore>.Instance);
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter(new ConversationReference
        {
            ChannelId = "sms",
            ServiceUrl = "https://sms.invalid/",
            User = new ChannelAccount("+15551234567"),
            Bot = new ChannelAccount("bot"),
            Conversation = new ConversationAccount(id: "+15551234567"),
        });
        adapter.Use(new SmsConversationMiddleware(store, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<SmsConversationMiddleware>.Instance));
        var reached = false;

        await adapter.SendTextToBotAsync("HELP", (_, _) => { reached = true; return Task.CompletedTask; }, CancellationToken.None);

        Assert.False(reached);
        Assert.Null(adapter.GetNextReply());
        Assert.Null(store.Get("+15551234567"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Memory cache eviction callbacks run on the thread pool.
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(condition());
    }

    [Fact]
    public void Sender_state_is_held_within_its_byte_budget()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new SmsOptions { MaxStateBytes = 64 * 1024 });
        var state = new Microsoft.Bot.Builder.ConversationState(new Microsoft.Bot.Builder.MemoryStorage());
        using var store = new MemorySmsSenderStore(options, state, Microsoft.Extensions.Logging.Abstractions.NullLogger<SmsSenderStore>.Instance);
        // Ten pages of 300 characters waiting for MORE: about 6 KB each.
        var pages = Enumerable.Repeat(new string('a', 300), 10).ToList();

        for (var i = 0; i < 100; i++)
        {
            store.Set($"sms-sender-{i}", new SmsSenderState(pages, [], Language.English));
        }

        var kept = Enumerable.Range(0, 100).Count(i => store.Get($"sms-sender-{i}") is not null);
        Assert.InRange(kept, 1, 64 * 1024 / 6000);
    }

    [Fact]
    public void Forget_removes_a_senders_state_at_once_without_an_opt_out_mark()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new SmsOptions());
        var state = new Microsoft.Bot.Builder.ConversationState(new Microsoft.Bot.Builder.MemoryStorage());
        using var store = new MemorySmsSenderStore(options, state, Microsoft.Extensions.Logging.Abstractions.NullLogger<SmsSenderStore>.Instance);
        store.Set("sms-sender", new SmsSenderState(["page"], [], Language.English));

        store.Forget("sms-sender");

        Assert.Null(store.Get("sms-sender"));
        Assert.False(store.IsStopped("sms-sender"));
    }
}
