using KnowYourRights.Bot.Hosting;
using System.Text;
using KnowYourRights.Bot.Channels.DirectLine;
using KnowYourRights.Bot.State;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>Direct Line conversations in a real Redis: shared by instances, with the same caps and time to live as in memory.</summary>
[Trait("Category", "Slow")]
public sealed class RedisDirectLineConversationStoreTests : RedisTestBed
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_conversation_started_on_one_instance_is_continued_and_read_on_another()
    {
        using var one = Store(One, new DirectLineOptions());
        using var other = Store(Other, new DirectLineOptions());
        var start = await one.GetOrStartAsync("conv1", () => "user-1");
        Assert.True(start.Started);

        var found = (await other.FindAsync("conv1"))!;
        var first = await other.AppendAsync(found, Message("hello"));
        var second = await one.AppendAsync(start.Conversation!, Message("hola"));
        var again = await other.GetOrStartAsync("conv1", () => "someone else");

        Assert.Equal("user-1", found.UserId);
        Assert.Equal(["conv1|0000001", "conv1|0000002"], [first, second]);
        Assert.False(again.Started);
        Assert.Equal("user-1", again.Conversation!.UserId);
        var (activities, watermark) = await one.AfterAsync(start.Conversation!, 0, 64 * 1024);
        Assert.Equal(2, watermark);
        Assert.Equal([1L, 2L], activities.Select(a => a.Sequence));
        Assert.Contains("\"id\":\"conv1|0000001\"", Encoding.UTF8.GetString(activities[0].Json), StringComparison.Ordinal);
        Assert.Contains("hola", Encoding.UTF8.GetString(activities[1].Json), StringComparison.Ordinal);
        var (after, next) = await other.AfterAsync(found, 1, 64 * 1024);
        Assert.Equal([2L], after.Select(a => a.Sequence));
        Assert.Equal(2, next);
    }

    [Fact]
    public async Task A_feed_keeps_its_newest_activities_within_the_count_and_byte_caps_and_lives_for_the_time_to_live()
    {
        var options = new DirectLineOptions { MaxActivitiesPerConversation = 10, MaxConversationBytes = 2048, MaxActivityBytes = 1024, ConversationTtl = TimeSpan.FromMinutes(30) };
        using var store = Store(One, options);
        var conversation = (await store.GetOrStartAsync("conv2", () => "user")).Conversation!;

        for (var i = 1; i <= 30; i++)
        {
            await store.AppendAsync(conversation, Message($"message {i} " + new string('x', i % 3 * 100)));
        }

        var (activities, watermark) = await store.AfterAsync(conversation, 0, 64 * 1024);
        Assert.Equal(30, watermark);
        Assert.InRange(activities.Count, 1, 10);
        Assert.True(activities.Sum(a => a.Json.Length) <= 2048);
        Assert.Equal(30, activities[^1].Sequence);
        var ttl = (await One.GetDatabase().KeyTimeToLiveAsync(Prefix + "dl:feed:conv2"))!.Value;
        Assert.InRange(ttl, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task When_full_of_active_conversations_a_new_one_is_refused_and_an_idle_one_makes_room()
    {
        var options = new DirectLineOptions { MaxConversations = 2, EvictIdleAfter = TimeSpan.FromMinutes(5) };
        using var store = Store(One, options);
        await store.GetOrStartAsync("a", () => "user");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var b = (await store.GetOrStartAsync("b", () => "user")).Conversation!;

        var refused = await store.GetOrStartAsync("c", () => "user");
        Assert.Null(refused.Conversation);
        Assert.Equal(TimeSpan.FromMinutes(4), refused.RetryAfter);

        _clock.Advance(TimeSpan.FromMinutes(5));
        await store.AppendAsync(b, Message("still here"));
        var started = await store.GetOrStartAsync("c", () => "user");

        Assert.True(started.Started);
        Assert.Null(await store.FindAsync("a"));
        Assert.NotNull(await store.FindAsync("b"));
    }

    [Fact]
    public async Task While_redis_is_down_calls_fail_as_unavailable()
    {
        using var store = Store(One, new DirectLineOptions());
        await Redis.KillAsync();

        await Assert.ThrowsAsync<SharedStateUnavailableException>(() => store.FindAsync("conv"));
    }

    private RedisDirectLineConversationStore Store(IConnectionMultiplexer connection, DirectLineOptions options) =>
        new(connection, new RedisKeys(Redis.Options(Prefix)), Options.Create(options), _clock);

    private static Activity Message(string text) => new(ActivityTypes.Message) { Text = text, From = new ChannelAccount("user", role: RoleTypes.User) };
}
