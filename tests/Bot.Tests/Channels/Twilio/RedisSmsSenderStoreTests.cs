using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.State;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.Channels.Twilio;

/// <summary>SMS sender state in a real Redis: the same time to live, maximum age and STOP as in memory, shared by instances.</summary>
[Trait("Category", "Slow")]
public sealed class RedisSmsSenderStoreTests : RedisTestBed
{
    private const string Sender = "sms-test-sender-key";

    private static readonly SmsOptions Sms = new()
    {
        IdleTimeout = TimeSpan.FromHours(1),
        MaxAge = TimeSpan.FromHours(24),
        OptOutRetention = TimeSpan.FromDays(365),
    };

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public void State_kept_by_one_instance_is_read_by_another_for_the_idle_timeout()
    {
        var state = new SmsSenderState(["page 2", "page 3"], ["Who can ask?", "How long?"], Language.Spanish);
        Store().Set(Sender, state);

        var read = Store().Get(Sender);

        Assert.Equal(state.Pages, read!.Pages);
        Assert.Equal(state.Choices, read.Choices);
        Assert.Equal(Language.Spanish, read.Language);
        Assert.InRange(Ttl("sms:state"), Sms.IdleTimeout - TimeSpan.FromMinutes(1), Sms.IdleTimeout);
    }

    [Fact]
    public void Near_its_maximum_age_the_state_lives_only_until_that_age_and_past_it_is_gone()
    {
        var store = Store();
        store.Touch(Sender, Language.English);
        _clock.Advance(TimeSpan.FromHours(23.5));

        store.Set(Sender, new SmsSenderState(["page"], [], Language.English));
        Assert.InRange(Ttl("sms:state"), TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));

        _clock.Advance(TimeSpan.FromHours(1));
        store.Set(Sender, new SmsSenderState(["page"], [], Language.English));
        Assert.Null(store.Get(Sender));
    }

    [Fact]
    public void Stop_forgets_the_state_at_once_and_is_remembered_for_the_opt_out_retention_until_start()
    {
        var store = Store();
        store.Set(Sender, new SmsSenderState(["page"], [], Language.English));

        store.Stop(Sender);

        Assert.True(Store().IsStopped(Sender));
        Assert.Null(Store().Get(Sender));
        Assert.InRange(Ttl("sms:stop"), Sms.OptOutRetention - TimeSpan.FromMinutes(1), Sms.OptOutRetention);
        Store().Start(Sender);
        Assert.False(store.IsStopped(Sender));
    }

    [Fact]
    public void Forget_removes_the_state_for_every_instance_without_an_opt_out_mark()
    {
        Store().Set(Sender, new SmsSenderState(["page"], [], Language.English));

        Store().Forget(Sender);

        Assert.Null(Store().Get(Sender));
        Assert.False(Store().IsStopped(Sender));
    }

    [Fact]
    public void A_state_over_the_per_sender_cap_keeps_its_first_pages_only()
    {
        var pages = Enumerable.Range(1, 40).Select(i => $"{i}:" + new string('a', 1000)).ToList();

        Store().Set(Sender, new SmsSenderState(pages, ["One?"], Language.English));

        var kept = Store().Get(Sender)!;
        Assert.InRange(kept.Pages.Count, 1, RedisSmsSenderStore.MaxEntryBytes / 1000);
        Assert.Equal(pages.Take(kept.Pages.Count), kept.Pages);
        Assert.Equal(["One?"], kept.Choices);
        Assert.True(One.GetDatabase().StringLength(Prefix + "sms:state:" + Sender) <= RedisSmsSenderStore.MaxEntryBytes);
    }

    [Fact]
    public async Task While_redis_is_down_every_call_fails_as_unavailable()
    {
        var store = Store();
        await Redis.KillAsync();

        Assert.Throws<SharedStateUnavailableException>(() => store.IsStopped(Sender));
        Assert.Throws<SharedStateUnavailableException>(() => store.Touch(Sender, Language.English));
    }

    private RedisSmsSenderStore Store()
    {
        var options = Redis.Options(Prefix);
        return new RedisSmsSenderStore(One, new RedisKeys(options), Options.Create(Sms),
            new ConversationState(new MemoryStorage()), NullLogger<SmsSenderStore>.Instance, _clock);
    }

    private TimeSpan Ttl(string store) =>
        One.GetDatabase().KeyTimeToLive(Prefix + store + ":" + Sender) ?? TimeSpan.Zero;
}
