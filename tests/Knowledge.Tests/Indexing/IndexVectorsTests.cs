using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Tests.Fixtures;

namespace KnowYourRights.Knowledge.Tests.Indexing;

/// <summary>Every index version carries the sentence vectors of what it indexes, built once per text.</summary>
public sealed class IndexVectorsTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void A_build_embeds_every_way_of_asking_answer_passage_and_out_of_scope_question()
    {
        var store = new IndexStore(_data.DataPath);
        var embedder = new CountingEmbedder();
        var report = IndexBuilder.BuildVersion(SeedFiles.Seeds, store, [], embedder);

        var vectors = IndexVectors.Read(store.VersionPath(report.Version));
        var seeds = SeedFiles.Seeds;
        Assert.Equal(embedder.ModelId, vectors.ModelId);
        Assert.All(seeds.Cards.Cards, c =>
        {
            Assert.Contains(vectors.Items, v => v.OwnerId == c.Id && v.Kind == VectorKind.CardAnswer);
            Assert.Equal(c.WaysOfAsking.Count(), vectors.Items.Count(v => v.OwnerId == c.Id && v.Kind == VectorKind.CardQuestion));
        });
        Assert.Equal(seeds.Paper.Passages.Count, vectors.Items.Count(v => v.Kind == VectorKind.Passage));
        Assert.Equal(seeds.OutOfScope.Sum(t => t.Questions.Count), vectors.Items.Count(v => v.Kind == VectorKind.OutOfScope));
        Assert.All(vectors.Items, v => Assert.Equal(embedder.Dimensions, v.Vector.Length));
    }

    [Fact]
    public void A_second_build_reuses_the_vectors_of_unchanged_texts_and_keeps_them_in_the_data_folder()
    {
        var store = new IndexStore(_data.DataPath);
        var embedder = new CountingEmbedder();
        IndexBuilder.BuildVersion(SeedFiles.Seeds, store, [], embedder);
        var first = embedder.Calls;

        IndexBuilder.BuildVersion(SeedFiles.Seeds, store, [], embedder);

        Assert.True(first > 1000, $"{first} texts embedded");
        Assert.Equal(first, embedder.Calls);
        var file = Directory.GetFiles(Path.Combine(_data.DataPath, "embeddings"), "*.vec").Single();
        Assert.Equal(first * (32 + (embedder.Dimensions * sizeof(float))), new FileInfo(file).Length);
    }

    [Fact]
    public void An_index_built_before_vectors_existed_is_rebuilt_when_the_app_opens_it()
    {
        var store = new IndexStore(_data.DataPath);
        var old = SeedFiles.Built.CopyInto(_data.DataPath).Single();
        File.Delete(Path.Combine(store.VersionPath(old), IndexVectors.FileName));

        using var index = KnowledgeIndex.Open(_data.DataPath, SeedFiles.Folder, ArcticXsEmbedder.Shared, TimeSpan.FromMinutes(1));

        Assert.NotEqual(old, store.CurrentVersion());
        using var lease = index.Acquire();
        Assert.False(lease.Snapshot.Vectors.IsEmpty);
    }

    /// <summary>A stand-in model: a deterministic unit vector per text, and a count of texts embedded.</summary>
    private sealed class CountingEmbedder : ITextEmbedder
    {
        private int _calls;

        public string ModelId { get; } = "counting/" + Guid.NewGuid().ToString("N");

        public int Dimensions => 8;

        public int Calls => _calls;

        public float[] Embed(string text)
        {
            Interlocked.Increment(ref _calls);
            var vector = new float[Dimensions];
            vector[(text.GetHashCode(StringComparison.Ordinal) & int.MaxValue) % Dimensions] = 1;
            return vector;
        }
    }
}
