using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using Lucene.Net.Search;
using KnowYourRights.Knowledge.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Knowledge.Tests.Indexing;

/// <summary>
/// What a killed writer or a damaged CURRENT leaves, and how the next start or writer copes:
/// the newest version that opens answers (one warning says why), and debris is removed. The
/// kill -9 tests of real processes are in the Bot tests (<c>Cli/IndexCrashSafetyTests</c>).
/// </summary>
public sealed class IndexCrashRecoveryTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly IndexStore _store;
    private readonly string _older;
    private readonly string _newer;

    public IndexCrashRecoveryTests()
    {
        _store = new IndexStore(_data.DataPath);
        // What two builds leave, copied: these tests are about what a start or the next writer does with it.
        var versions = SeedFiles.Built.CopyInto(_data.DataPath, count: 2);
        (_older, _newer) = (versions[0], versions[1]);
    }

    public void Dispose() => _data.Dispose();

    public static TheoryData<string, string?> DamagedCurrent => new()
    {
        { "missing", null },
        { "CURRENT holds no version name", "\0\u0001\u00ff garbage\n../../etc" },
        { "CURRENT holds no version name", string.Empty },
        { "names '20990101T000000000-gone', which is not a finished version", "20990101T000000000-gone" },
    };

    [Theory]
    [MemberData(nameof(DamagedCurrent))]
    public void A_missing_or_damaged_current_falls_back_to_the_newest_version_with_one_warning(string expected, string? current)
    {
        if (current is null)
        {
            File.Delete(_store.CurrentPath);
        }
        else
        {
            File.WriteAllText(_store.CurrentPath, current);
        }
        var logs = new ListLogger();

        using var index = Open(logs);

        Assert.Equal(_newer, index.Current.Version);
        Assert.Equal(_newer, _store.CurrentVersion());
        var warning = Assert.Single(logs.Entries);
        Assert.StartsWith("Warning Knowledge index: ", warning, StringComparison.Ordinal);
        Assert.Contains(expected, warning, StringComparison.Ordinal);
        Assert.Contains($"answering from {_newer}", warning, StringComparison.Ordinal);
        Assert.Equal([_older, _newer], _store.CompleteVersions());
    }

    [Fact]
    public void Current_naming_an_unfinished_folder_falls_back_and_the_folder_is_removed()
    {
        var unfinished = _store.NewVersionName();
        Directory.CreateDirectory(_store.VersionPath(unfinished));
        File.WriteAllText(_store.CurrentPath, unfinished);
        var logs = new ListLogger();

        using var index = Open(logs);

        Assert.Equal(_newer, index.Current.Version);
        Assert.Contains("not a finished version", Assert.Single(logs.Entries), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_store.VersionPath(unfinished)));
    }

    [Fact]
    public void Current_naming_a_version_that_does_not_open_falls_back_to_the_one_before()
    {
        foreach (var segments in Directory.GetFiles(_store.VersionPath(_newer), "segments_*"))
        {
            File.WriteAllText(segments, "not a Lucene segments file");
        }
        var logs = new ListLogger();

        using var index = Open(logs);

        Assert.Equal(_older, index.Current.Version);
        Assert.Equal(_older, _store.CurrentVersion());
        var warning = Assert.Single(logs.Entries);
        Assert.Contains($"names version '{_newer}', which does not open", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_segment_in_the_current_version_falls_back_to_the_one_before()
    {
        // Lucene threw ArgumentException "slice() out of bounds" for this, and the app did not start.
        TruncateCompoundFile(_newer);
        var logs = new ListLogger();

        using var index = Open(logs);

        Assert.Equal(_older, index.Current.Version);
        Assert.Equal(_older, _store.CurrentVersion());
        Assert.Contains($"names version '{_newer}', which does not open", Assert.Single(logs.Entries), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_megabyte_current_is_read_no_further_than_a_version_name_and_rewritten()
    {
        WriteGarbageCurrent(_store.CurrentPath);
        var logs = new ListLogger();

        using var index = Open(logs);

        Assert.Equal(_newer, index.Current.Version);
        Assert.Equal(_newer, File.ReadAllText(_store.CurrentPath));
        Assert.Contains("CURRENT holds no version name", Assert.Single(logs.Entries), StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_written_to_current_while_running_keeps_the_live_version_and_repairs_current_with_one_warning()
    {
        var logs = new ListLogger();
        using var index = Open(logs);
        WriteGarbageCurrent(_store.CurrentPath);

        Assert.False(index.CheckForNewVersion());
        Assert.False(index.CheckForNewVersion());

        Assert.Equal(_newer, index.Current.Version);
        Assert.Equal(_newer, _store.CurrentVersion());
        var warning = Assert.Single(logs.Entries);
        Assert.Contains("CURRENT holds no version name; still answering from " + _newer, warning, StringComparison.Ordinal);
        Assert.Contains("names it again", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_version_made_current_while_running_is_refused_once_and_current_names_the_live_one_again()
    {
        var logs = new ListLogger();
        using var index = Open(logs);
        var damaged = IndexBuilder.BuildVersion(SeedFiles.Seeds, _store, [], ArcticXsEmbedder.Shared).Version;
        TruncateCompoundFile(damaged);
        _store.Promote(damaged);

        Assert.False(index.CheckForNewVersion());
        Assert.False(index.CheckForNewVersion());

        Assert.Equal(_newer, index.Current.Version);
        Assert.Equal(_newer, _store.CurrentVersion());
        Assert.Contains($"names version '{damaged}', which does not open", Assert.Single(logs.Entries), StringComparison.Ordinal);
    }

    [Fact]
    public void The_live_version_is_held_in_memory_so_damage_to_its_files_does_not_reach_answers()
    {
        using var index = Open(new ListLogger());
        foreach (var file in Directory.GetFiles(_store.VersionPath(_newer)).Where(f => Path.GetFileName(f).StartsWith('_')))
        {
            File.WriteAllBytes(file, new byte[7]);
        }

        using var lease = index.Acquire();
        using var context = lease.Snapshot.Searchers.GetContext();
        var searcher = context.Reference;
        var hits = searcher.Search(new MatchAllDocsQuery(), 1_000);
        Assert.Equal(index.Current.DocumentCount, hits.TotalHits);
        Assert.All(hits.ScoreDocs, d => Assert.NotNull(searcher.Doc(d.Doc).Get(IndexFields.Payload)));
    }

    [Fact]
    public void A_sound_current_opens_without_a_word()
    {
        var logs = new ListLogger();

        using var index = Open(logs);

        Assert.Equal(_newer, index.Current.Version);
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public void The_next_writer_removes_what_a_killed_one_left_and_never_takes_it_for_a_good_version()
    {
        // As a kill -9 leaves them: a temporary CURRENT never renamed, a version killed while
        // Lucene wrote it, and a complete one killed before validation and promotion.
        var temp = _store.CurrentPath + ".0123456789abcdef.tmp";
        File.WriteAllText(temp, "whatever");
        var unfinished = _store.NewVersionName();
        Directory.CreateDirectory(_store.VersionPath(unfinished));
        var unvalidated = IndexBuilder.BuildVersion(SeedFiles.Seeds, _store, [], ArcticXsEmbedder.Shared).Version;

        Assert.Equal([_older, _newer], _store.CompleteVersions());
        Assert.Equal(_older, _store.PreviousVersion());

        var next = IndexBuilder.Build(SeedFiles.Seeds, _store, ArcticXsEmbedder.Shared).Version;

        Assert.False(File.Exists(temp));
        Assert.False(Directory.Exists(_store.VersionPath(unfinished)));
        Assert.False(Directory.Exists(_store.VersionPath(unvalidated)));
        Assert.Equal(next, _store.CurrentVersion());
        Assert.Equal([_older, _newer, next], _store.CompleteVersions());
    }

    /// <summary>As <c>truncate -s 1000 _0.cfs</c> does.</summary>
    private void TruncateCompoundFile(string version)
    {
        using var file = new FileStream(Path.Combine(_store.VersionPath(version), "_0.cfs"), FileMode.Open, FileAccess.Write);
        file.SetLength(1000);
    }

    private static void WriteGarbageCurrent(string path)
    {
        var garbage = new byte[10_000_000];
        new Random(24).NextBytes(garbage);
        File.WriteAllBytes(path, garbage);
    }

    private KnowledgeIndex Open(ILogger logger) =>
        KnowledgeIndex.Open(_data.DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.Zero, logger);

    private sealed class ListLogger : ILogger
    {
        public List<string> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add($"{logLevel} {formatter(state, exception)}");
    }
}
