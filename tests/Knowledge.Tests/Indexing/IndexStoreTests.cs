using Lucene.Net.Search;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Tests.Indexing;

public sealed class IndexStoreTests : IDisposable
{
    private readonly string _data = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(_data);

    [Fact]
    public void Opening_an_empty_data_folder_builds_the_index_from_the_seeds()
    {
        using var index = KnowledgeIndex.Open(_data, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(5));

        var store = new IndexStore(_data);
        Assert.Equal(store.CurrentVersion(), index.Current.Version);
        Assert.Equal(SeedFiles.Seeds.Paper.Passages.Count + SeedFiles.Seeds.Cards.Cards.Count, index.Current.DocumentCount);
        Assert.Equal(SeedFiles.Seeds.Cards.Cards.Count, index.Current.Cards.Cards.Count);
    }

    [Fact]
    public void An_existing_index_is_reopened_not_rebuilt()
    {
        var first = SeedFiles.Built.CopyInto(_data).Single();

        using var index = KnowledgeIndex.Open(_data, "/no/seeds/needed/to/reopen", ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(5));

        Assert.Equal(first, index.Current.Version);
        Assert.Single(new IndexStore(_data).Versions());
    }

    [Fact]
    public void A_new_build_goes_live_and_only_the_newest_versions_are_kept()
    {
        var store = new IndexStore(_data);
        // As many versions as are kept, copied; each of the two builds after them must go live and prune the oldest.
        var earlier = SeedFiles.Built.CopyInto(_data, IndexBuilder.VersionsKept);
        var versions = earlier.Concat(Enumerable.Range(0, 2).Select(_ => IndexBuilder.Build(SeedFiles.Seeds, store, ArcticXsEmbedder.Shared).Version)).ToList();

        Assert.Equal(versions[^1], store.CurrentVersion());
        Assert.Equal(IndexBuilder.VersionsKept, store.Versions().Count);
        Assert.Equal(versions.TakeLast(IndexBuilder.VersionsKept), store.Versions());
    }

    [Fact]
    public void A_second_builder_is_refused_while_one_holds_the_lock()
    {
        var store = new IndexStore(_data);
        using (store.TryLockForBuild(TimeSpan.Zero))
        {
            Assert.Throws<IndexBusyException>(() => IndexBuilder.Build(SeedFiles.Seeds, store, ArcticXsEmbedder.Shared));
        }
        IndexBuilder.Build(SeedFiles.Seeds, store, ArcticXsEmbedder.Shared);
        Assert.NotNull(store.CurrentVersion());
    }

    [Fact]
    public void A_build_that_fails_leaves_the_live_index_untouched()
    {
        var store = new IndexStore(_data);
        var good = SeedFiles.Built.CopyInto(_data).Single();
        var broken = SeedFiles.Seeds with { SynonymRules = "a => \n" };

        Assert.Throws<FormatException>(() => IndexBuilder.Build(broken, store, ArcticXsEmbedder.Shared));

        Assert.Equal(good, store.CurrentVersion());
        Assert.Equal([good], store.Versions());
    }

    [Fact]
    public void A_corrupt_index_is_a_clear_error()
    {
        var store = new IndexStore(_data);
        var version = SeedFiles.Built.CopyInto(_data).Single();
        var folder = store.VersionPath(version);
        foreach (var segments in Directory.GetFiles(folder, "segments_*"))
        {
            File.WriteAllText(segments, "not a Lucene segments file");
        }

        var error = Assert.Throws<KnowledgeIndexException>(() => KnowledgeIndex.Open(_data, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(5)));

        Assert.Contains(folder, error.Message);
        Assert.Contains("index build", error.Message);
        Assert.Equal(version, store.CurrentVersion());
    }

    [Fact]
    public void Readers_opened_before_a_rebuild_keep_answering_from_their_version()
    {
        var store = new IndexStore(_data);
        SeedFiles.Built.CopyInto(_data);
        // No watcher or periodic check: this reader must not switch on its own before the assertions.
        using var index = KnowledgeIndex.Open(_data, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromSeconds(5), TimeSpan.Zero, TimeSpan.Zero);
        var before = index.Current.Version;

        IndexBuilder.Build(SeedFiles.Seeds, store, ArcticXsEmbedder.Shared);

        using var context = index.Current.Searchers.GetContext();
        Assert.Equal(before, index.Current.Version);
        Assert.True(context.Reference.IndexReader.NumDocs > 0);
    }

    [Fact]
    public void The_build_report_grades_every_card()
    {
        var report = IndexBuilder.Build(SeedFiles.Seeds, new IndexStore(_data), ArcticXsEmbedder.Shared);

        Assert.Equal(24, report.Footnotes);
        Assert.Equal(SeedFiles.Seeds.Cards.Cards.Count, report.CardGrades.Count);
        Assert.All(report.CardGrades, g => Assert.False(g.Flagged, $"{g.CardId} grade {g.Grade} words {g.Words}"));
    }

    [Fact]
    public void A_card_whose_summary_breaks_the_rules_is_flagged_with_what_it_breaks()
    {
        var card = SeedFiles.Seeds.Cards.Cards[0];
        var tooLong = card with { Summary = card.Summary + " " + new string('x', 120) };

        var report = IndexBuilder.Build(SeedFiles.Seeds with { Cards = new Knowledge.Cards.AnswerCardCatalog([tooLong]) }, new IndexStore(_data), ArcticXsEmbedder.Shared);

        var grade = Assert.Single(report.CardGrades);
        Assert.True(grade.Flagged);
        Assert.Contains(grade.Problems, p => p.StartsWith("summary: ", StringComparison.Ordinal) && p.Contains("over one segment", StringComparison.Ordinal));
    }

    [Fact]
    public void Seeds_from_a_missing_folder_are_a_clear_error()
    {
        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeSeeds.Load(Path.Combine(_data, "nope")));
    }
}
