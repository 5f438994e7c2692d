using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Tests.Indexing;

/// <summary>
/// The seed texts' vectors ship with the seeds (<c>seeds/vectors/</c>), so a first start encodes
/// nothing that did not change; the file must follow every edit of a seed text.
/// </summary>
public sealed class SeedVectorsTests
{
    [Fact]
    public void The_shipped_vector_file_has_a_vector_for_every_seed_text_and_no_other()
    {
        var model = ArcticXsEmbedder.Shared;
        var (missing, unused) = SeedVectors.Check(SeedFiles.Seeds, SeedFiles.Folder, model.ModelId, model.Dimensions);

        Assert.True(
            missing.Count == 0 && unused.Count == 0,
            $"seeds/vectors/{VectorFile.FileName(model.ModelId)} is stale: {missing.Count} seed text(s) have no vector, {unused.Count} vector(s) belong to no seed text. "
            + $"Regenerate it from the repository root with: {SeedVectors.RegenerateCommand}");
    }

    [Fact]
    public void An_edited_seed_text_is_reported_missing_and_its_old_vector_unused()
    {
        var model = ArcticXsEmbedder.Shared;
        var topic = SeedFiles.Seeds.OutOfScope[0];
        var edited = SeedFiles.Seeds with
        {
            OutOfScope = [topic with { Questions = [.. topic.Questions.Skip(1), topic.Questions[0] + " please"] }, .. SeedFiles.Seeds.OutOfScope.Skip(1)],
        };

        var (missing, unused) = SeedVectors.Check(edited, SeedFiles.Folder, model.ModelId, model.Dimensions);

        Assert.Equal([VectorFile.Key(topic.Questions[0] + " please")], missing);
        Assert.Equal([VectorFile.Key(topic.Questions[0])], unused);
    }

    [Fact]
    public void Written_vectors_are_reused_and_only_new_texts_are_encoded()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "kyr-seed-vectors-" + Guid.NewGuid().ToString("N"));
        try
        {
            var writer = new CountingModel();
            var (written, encoded) = SeedVectors.Write(SeedFiles.Seeds, seeds, writer);
            Assert.Equal(SeedVectors.Keys(SeedFiles.Seeds).Count, written);
            Assert.Equal(written, encoded);

            // Again: everything is in the file already.
            Assert.Equal((written, 0), SeedVectors.Write(SeedFiles.Seeds, seeds, writer));

            // A fresh process's cache (a new model id: nothing in this process's memory) reads the file and encodes nothing.
            var reader = new CountingModel(writer.ModelId + "-reader");
            File.Move(EmbeddingCache.SeedVectorsPath(seeds, writer.ModelId), EmbeddingCache.SeedVectorsPath(seeds, reader.ModelId));
            var cache = new EmbeddingCache(reader, dataPath: null, seedsPath: seeds);
            var question = SeedFiles.Seeds.Cards.Cards[0].WaysOfAsking.First();
            Assert.Equal(writer.VectorOf(question), cache.Get(question));
            Assert.Equal(0, reader.Calls);
            cache.Get("a text no seed has");
            Assert.Equal(1, reader.Calls);
        }
        finally
        {
            if (Directory.Exists(seeds))
            {
                Directory.Delete(seeds, recursive: true);
            }
        }
    }

    /// <summary>A model whose vector is the text's length and first letter; counts what it encodes.</summary>
    private sealed class CountingModel(string? id = null) : ITextEmbedder
    {
        public int Calls { get; private set; }

        public string ModelId { get; } = id ?? "counting-" + Guid.NewGuid().ToString("N");

        public int Dimensions => 2;

        public float[] Embed(string text)
        {
            Calls++;
            return VectorOf(text);
        }

        public float[] VectorOf(string text) => [text.Length, text.Length == 0 ? 0 : text[0]];
    }
}
