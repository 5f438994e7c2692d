using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Tests.Fixtures;

namespace KnowYourRights.Knowledge.Tests.Indexing;

public sealed class IndexStoreVersionTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Rollback_targets_skip_unfinished_folders_and_discard_never_removes_the_live_version()
    {
        var store = new IndexStore(_data.DataPath);
        // Two builds' versions, copied, and between them (by name) the folder of a build that crashed.
        var versions = SeedFiles.Built.CopyInto(_data.DataPath, count: 2);
        var (first, second) = (versions[0], versions[1]);
        Directory.CreateDirectory(store.VersionPath(first + "x-crashed-build"));

        Assert.Equal([first, second], store.CompleteVersions());
        Assert.Equal(first, store.PreviousVersion());
        Assert.NotNull(store.ReadBuild(second));
        Assert.Null(store.ReadBuild(first + "x-crashed-build"));

        store.Discard(second);
        Assert.Equal(second, store.CurrentVersion());
        Assert.True(Directory.Exists(store.VersionPath(second)));
        store.Discard(first);
        Assert.False(Directory.Exists(store.VersionPath(first)));
        Assert.Null(store.PreviousVersion());
    }

    [Fact]
    public void Builds_keep_the_last_few_versions()
    {
        var store = new IndexStore(_data.DataPath);
        // As many versions as are kept, copied; then two builds, each of which prunes the oldest.
        var earlier = SeedFiles.Built.CopyInto(_data.DataPath, IndexBuilder.VersionsKept);
        var versions = earlier.Concat(Enumerable.Range(0, 2).Select(_ => IndexBuilder.Build(SeedFiles.Seeds, store, ArcticXsEmbedder.Shared).Version)).ToList();

        Assert.Equal(versions.TakeLast(IndexBuilder.VersionsKept), store.Versions());
    }
}
