using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.State;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.Bots;

/// <summary>The bot's conversation state in a real Redis, as two instances share it.</summary>
[Trait("Category", "Slow")]
public sealed class RedisConversationStorageTests : RedisTestBed
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(2);

    [Fact]
    public async Task Conversation_data_saved_on_one_instance_is_read_on_another()
    {
        var citation = new AnswerCitation(1, "paper", "The paper", null, "Author", "2020");
        await TurnAsync(Storage(One), "conversation-1", data =>
        {
            data.NoticeShown = true;
            data.Language = "es";
            data.LastSources = [citation];
            data.LastCardId = "detainers";
        });

        ConversationData? read = null;
        await TurnAsync(Storage(Other), "conversation-1", data => read = data);

        Assert.True(read!.NoticeShown);
        Assert.Equal("es", read.Language);
        Assert.Equal([citation], read.LastSources);
        Assert.Equal("detainers", read.LastCardId);
    }

    [Fact]
    public async Task An_entry_lives_for_the_idle_time_to_live_and_reading_renews_it()
    {
        var storage = Storage(One);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note("a") });
        var key = Assert.Single(Keys());
        await One.GetDatabase().KeyExpireAsync(key, TimeSpan.FromMinutes(1));

        await storage.ReadAsync(["k"]);

        var ttl = (await One.GetDatabase().KeyTimeToLiveAsync(key))!.Value;
        Assert.InRange(ttl, Idle - TimeSpan.FromMinutes(1), Idle);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_a_current_one_or_star_goes_through()
    {
        var storage = Storage(One);
        var first = new Item { Text = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });
        var read = (Newtonsoft.Json.Linq.JObject)(await Storage(Other).ReadAsync(["k"]))["k"];
        var stale = new Item { Text = "b", ETag = read["eTag"]!.ToString() };
        await Storage(Other).WriteAsync(new Dictionary<string, object> { ["k"] = stale });

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "c", ETag = read["eTag"]!.ToString() } }));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "d", ETag = stale.ETag } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "e", ETag = "*" } });

        Assert.Equal("e", ((Newtonsoft.Json.Linq.JObject)(await storage.ReadAsync(["k"]))["k"])["Text"]!.ToString());
    }

    [Fact]
    public async Task Redis_keys_hold_no_conversation_id_and_an_entry_over_the_cap_is_not_kept()
    {
        var storage = Storage(One);
        const string sdkKey = "directline/conversations/0123456789abcdef0123456789abcdef";
        await storage.WriteAsync(new Dictionary<string, object> { [sdkKey] = new Note("a") });

        Assert.DoesNotContain(Keys(), k => k.ToString().Contains("0123456789abcdef", StringComparison.Ordinal));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["big"] = new Note(new string('x', RedisConversationStorage.MaxEntryBytes)) }));
        Assert.Empty(await storage.ReadAsync(["big"]));
    }

    [Fact]
    public async Task While_redis_is_down_a_read_fails_as_unavailable_and_works_again_once_it_is_back()
    {
        var storage = Storage(One);
        await Redis.KillAsync();

        await Assert.ThrowsAsync<SharedStateUnavailableException>(() => storage.ReadAsync(["k"]));

        await Redis.RestartAsync();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note("back") });
                return true;
            }
            catch (SharedStateUnavailableException)
            {
                return false;
            }
        });
        Assert.Single(await storage.ReadAsync(["k"]));
    }

    private RedisConversationStorage Storage(IConnectionMultiplexer connection)
    {
        var options = Redis.Options(Prefix);
        return new RedisConversationStorage(connection, new RedisKeys(options), new SharedKeys(options),
            Options.Create(new ConversationStateOptions { IdleTimeToLive = Idle }));
    }

    private List<RedisKey> Keys() =>
        One.GetServers().Single().Keys(pattern: Prefix + "*").ToList();

    /// <summary>One bot turn that reads, changes and saves the conversation's data, as the bot does.</summary>
    private static async Task TurnAsync(IStorage storage, string conversationId, Action<ConversationData> change)
    {
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<ConversationData>(nameof(ConversationData));
        var adapter = new TestAdapter();
        using var context = new TurnContext(adapter, new Activity(ActivityTypes.Message)
        {
            ChannelId = "directline",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("user"),
            Recipient = new ChannelAccount("bot"),
        });
        change(await accessor.GetAsync(context, () => new ConversationData()));
        await state.SaveChangesAsync(context);
    }

    private sealed record Note(string Text);

    private sealed class Item : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }
}
