using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KnowYourRights.Bot.Tests.Bots;

public class ExpiringMemoryStorageTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task State_idle_past_its_time_to_live_is_forgotten()
    {
        var storage = Storage(idle: TimeSpan.FromHours(2), max: 100);
        await storage.WriteAsync(new Dictionary<string, object> { ["old"] = new Note("a") });
        _clock.Advance(TimeSpan.FromHours(1));
        await storage.WriteAsync(new Dictionary<string, object> { ["recent"] = new Note("b") });

        _clock.Advance(TimeSpan.FromMinutes(90));
        await storage.WriteAsync(new Dictionary<string, object> { ["new"] = new Note("c") });

        Assert.Empty(await storage.ReadAsync(["old"]));
        Assert.Single(await storage.ReadAsync(["recent"]));
        Assert.Equal(2, storage.Count);
    }

    [Fact]
    public async Task Reading_keeps_a_conversation_alive()
    {
        var storage = Storage(idle: TimeSpan.FromHours(2), max: 100);
        await storage.WriteAsync(new Dictionary<string, object> { ["talking"] = new Note("a") });
        _clock.Advance(TimeSpan.FromMinutes(90));
        await storage.ReadAsync(["talking"]);
        _clock.Advance(TimeSpan.FromMinutes(90));

        await storage.WriteAsync(new Dictionary<string, object> { ["other"] = new Note("b") });

        Assert.Single(await storage.ReadAsync(["talking"]));
    }

    [Fact]
    public async Task Past_the_cap_the_longest_idle_goes_first()
    {
        var storage = Storage(idle: TimeSpan.FromDays(1), max: 10);
        for (var i = 0; i < 12; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [$"c{i}"] = new Note("x") });
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(10, storage.Count);
        Assert.Empty(await storage.ReadAsync(["c0", "c1"]));
        Assert.Equal(10, (await storage.ReadAsync([.. Enumerable.Range(2, 10).Select(i => $"c{i}")])).Count);
    }

    private ExpiringMemoryStorage Storage(TimeSpan idle, int max) =>
        new(Options.Create(new ConversationStateOptions { IdleTimeToLive = idle, MaxConversations = max }), _clock);

    private sealed record Note(string Text);
}
