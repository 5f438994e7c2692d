using System.Collections.Concurrent;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Tests.Indexing;

/// <summary>The live index switching versions under load, and noticing versions other writers made live.</summary>
public sealed class KnowledgeIndexSwapTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Questions_asked_during_swaps_never_fail()
    {
        // No grace delay at all: only the leases keep a replaced version open for the questions using it.
        using var index = OpenCopiedIndex(checkInterval: TimeSpan.Zero);
        var answers = new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared);
        var errors = new ConcurrentQueue<Exception>();
        var wrong = 0;
        var asked = 0;
        var versionsSeen = new ConcurrentDictionary<string, bool>();
        using var stop = new CancellationTokenSource();
        string[] questions = ["What is PEP?", "Can ICE arrest me at court?", "What is an ICE detainer?", "Where can I get free legal help?"];

        var askers = Enumerable.Range(0, 4).Select(n => Task.Run(() =>
        {
            // Bounded: stops when the swaps are done, or after a fixed number of questions.
            for (var i = 0; i < 5000 && !stop.IsCancellationRequested; i++)
            {
                try
                {
                    versionsSeen[index.Current.Version] = true;
                    var answer = answers.Ask(questions[(n + i) % questions.Length]);
                    if (!answer.Answered)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                    Interlocked.Increment(ref asked);
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        })).ToList();

        var store = new IndexStore(_data.DataPath);
        for (var swap = 0; swap < 3; swap++)
        {
            IndexBuilder.Build(SeedFiles.Seeds, store, ArcticXsEmbedder.Shared);
            Assert.True(index.CheckForNewVersion());
        }
        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.Empty(errors);
        Assert.Equal(0, wrong);
        Assert.True(asked > 0);
        Assert.Equal(store.CurrentVersion(), index.Current.Version);
    }

    [Fact]
    public void A_lease_keeps_a_replaced_version_open_until_it_ends()
    {
        using var index = OpenCopiedIndex(checkInterval: TimeSpan.Zero);
        var lease = index.Acquire();
        var old = lease.Snapshot;

        IndexBuilder.Build(SeedFiles.Seeds, index.Store, ArcticXsEmbedder.Shared);
        Assert.True(index.CheckForNewVersion());

        Assert.NotSame(old, index.Current);
        Assert.False(old.IsClosed);
        lease.Dispose();
        Assert.True(old.IsClosed);
        Assert.False(index.Current.IsClosed);
    }

    [Fact]
    public async Task A_version_made_live_by_another_writer_is_noticed()
    {
        using var index = OpenCopiedIndex(checkInterval: TimeSpan.FromMilliseconds(200));
        var switched = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        index.Switched += v => switched.TrySetResult(v);

        // Another process would use its own IndexStore on the same folder; nothing in memory is shared.
        var report = IndexBuilder.Build(SeedFiles.Seeds, new IndexStore(_data.DataPath), ArcticXsEmbedder.Shared);

        Assert.Equal(report.Version, await switched.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(report.Version, index.Current.Version);
    }

    [Fact]
    public void A_version_that_cannot_be_opened_leaves_the_live_one()
    {
        using var index = OpenCopiedIndex(checkInterval: TimeSpan.Zero);
        var live = index.Current.Version;
        var store = index.Store;
        Directory.CreateDirectory(store.VersionPath("99999999T000000000-broken"));
        store.Promote("99999999T000000000-broken");

        Assert.False(index.CheckForNewVersion());
        Assert.Equal(live, index.Current.Version);
        Assert.NotNull(index.LastSwitchError);
        Assert.Equal("detainers", new AnswerService(index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared).Ask("What is an ICE detainer?").CardId);
    }

    /// <summary>
    /// The live index over a copy of a version built once per run (the swaps, not that first
    /// build, are what these tests test), with no grace delay for a replaced version.
    /// </summary>
    private KnowledgeIndex OpenCopiedIndex(TimeSpan checkInterval)
    {
        SeedFiles.Built.CopyInto(_data.DataPath);
        return KnowledgeIndex.Open(_data.DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), checkInterval, TimeSpan.Zero);
    }
}
