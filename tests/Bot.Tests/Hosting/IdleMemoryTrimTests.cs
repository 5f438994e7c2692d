using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowYourRights.Bot.Tests.Hosting;

public class IdleMemoryTrimTests
{
    private const long MB = 1024 * 1024;

    [Fact]
    public void Trims_at_the_first_quiet_look_after_a_busy_spell_and_not_again_until_the_next()
    {
        var decision = new IdleTrimDecision(busyBytes: 64 * MB, quietBytes: 4 * MB);
        long total = 0;
        bool Look(long allocated) => decision.ShouldTrim(total += allocated);

        Assert.False(Look(0));
        // Busy: 3 × 30 MB between looks. Never while the questions keep coming.
        Assert.False(Look(30 * MB));
        Assert.False(Look(30 * MB));
        Assert.False(Look(30 * MB));
        // The first quiet look trims; quiet looks after it do not.
        Assert.True(Look(1 * MB));
        Assert.False(Look(1 * MB));
        Assert.False(Look(0));
    }

    [Fact]
    public void A_trickle_of_questions_never_counts_as_quiet_and_a_small_spell_is_not_worth_a_trim()
    {
        var decision = new IdleTrimDecision(busyBytes: 64 * MB, quietBytes: 4 * MB);
        long total = 0;
        bool Look(long allocated) => decision.ShouldTrim(total += allocated);

        Look(0);
        // 10 MB then quiet: below the busy mark, nothing to give back worth a blocking GC.
        Assert.False(Look(10 * MB));
        Assert.False(Look(0));
        // Many small spells add up: the quiet look after the 64th MB trims.
        for (var i = 0; i < 6; i++)
        {
            Look(9 * MB);
        }
        Assert.True(Look(0));
    }

    [Fact]
    public async Task The_running_app_trims_when_it_goes_quiet_after_a_busy_spell()
    {
        await using var app = new TestAppFactory
        {
            Settings = { ["Memory:TrimWhenIdle"] = "true", ["Memory:BusyMegabytes"] = "1", ["Memory:IdleCheckInterval"] = "00:00:05" },
        };
        using var client = app.CreateClient();
        var trimmer = app.Services.GetServices<IHostedService>().OfType<IdleMemoryTrimmer>().Single();

        // A busy spell (a few answers allocate well over 1 MB), then the test's clock moves one look at a time.
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync($"/api/answer?q={Uri.EscapeDataString("what is an ICE detainer number " + i)}");
        }
        await Eventually.TrueAsync(() =>
        {
            app.Time.Advance(TimeSpan.FromSeconds(5));
            return Task.FromResult(trimmer.Trims > 0);
        });

        Assert.True(trimmer.Trims > 0);
    }

    [Fact]
    public async Task Start_up_counts_as_a_busy_spell_so_a_quiet_app_gives_back_what_loading_took()
    {
        // The default busy mark (64 MB): loading the model and the index allocate more before the host starts.
        await using var app = new TestAppFactory { Settings = { ["Memory:TrimWhenIdle"] = "true", ["Memory:IdleCheckInterval"] = "00:00:05" } };
        using var client = app.CreateClient();
        var trimmer = app.Services.GetServices<IHostedService>().OfType<IdleMemoryTrimmer>().Single();

        // No question at all: only the looks, one at a time.
        await Eventually.TrueAsync(() =>
        {
            app.Time.Advance(TimeSpan.FromSeconds(5));
            return Task.FromResult(trimmer.Trims > 0);
        });

        Assert.Equal(1, trimmer.Trims);
    }

    [Fact]
    public void Freed_c_heap_pages_are_handed_back_on_linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // glibc's heap is a Linux thing; CI runs on Linux.
        }
        // Blocks below glibc's mmap threshold come from its heap; freed, they stay mapped until trimmed.
        var blocks = Enumerable.Range(0, 400).Select(_ => System.Runtime.InteropServices.Marshal.AllocHGlobal(64 * 1024)).ToList();
        blocks.ForEach(System.Runtime.InteropServices.Marshal.FreeHGlobal);

        Assert.True(NativeHeap.Trim());
    }

    [Theory]
    [InlineData("Memory:IdleCheckInterval", "00:00:00")]
    [InlineData("Memory:BusyMegabytes", "0")]
    public async Task A_setting_out_of_range_stops_the_start_with_its_name(string key, string value)
    {
        var failures = await StartupValidation.FailuresAsync(builder => builder.AddIdleMemoryTrim(), key, value);

        Assert.Contains(key.Split(':')[1], failures, StringComparison.Ordinal);
    }
}
