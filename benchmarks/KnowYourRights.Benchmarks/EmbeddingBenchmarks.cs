using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Benchmarks;

/// <summary>One call of the sentence model (Arctic Embed XS, ONNX Runtime on the CPU).</summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks
{
    private const string Question = "Can ICE arrest me at court?";

    private const string Sentences =
        "Local police and sheriffs hold people in jail on ICE detainers, share fingerprints and release dates with "
        + "immigration agents, and sign 287(g) agreements that let deputies question people about their status. "
        + "Communities lose trust in the police, victims and witnesses stay silent, and counties pay for the jail beds. ";

    /// <summary>Exactly <see cref="ArcticXsEmbedder.MaxWords"/> (180) words: the longest text the embedder passes on.</summary>
    private static readonly string Passage = string.Join(' ', string.Concat(Enumerable.Repeat(Sentences, 8))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Take(ArcticXsEmbedder.MaxWords));

    [GlobalSetup]
    public void Setup() => _ = ArcticXsEmbedder.Shared.Embed(Question);

    [Benchmark(Description = "short question")]
    public float[] ShortQuestion() => ArcticXsEmbedder.Shared.Embed(Question);

    [Benchmark(Description = "180-word passage")]
    public float[] LongPassage() => ArcticXsEmbedder.Shared.Embed(Passage);
}
