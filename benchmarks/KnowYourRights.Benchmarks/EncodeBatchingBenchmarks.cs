using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Benchmarks;

/// <summary>
/// Sixteen short questions through the sentence model: one run each (the idle path), one run for
/// all sixteen (the batch <see cref="ArcticXsEmbedder.MaxBatch"/> allows), and sixteen callers at
/// once through <see cref="ArcticXsEmbedder.Embed"/>, which batches whatever waits while the model
/// runs (what the app does under load). Per operation: all sixteen questions.
/// </summary>
[MemoryDiagnoser]
public class EncodeBatchingBenchmarks
{
    private static readonly string[] Texts = Questions.Varied.Take(ArcticXsEmbedder.MaxBatch).ToArray();

    [GlobalSetup]
    public void Setup() => _ = ArcticXsEmbedder.Shared.Embed(Questions.Fixed);

    [Benchmark(Baseline = true, Description = "16 questions, one run each")]
    public float[][] OneAtATime() => Texts.Select(t => ArcticXsEmbedder.Shared.EmbedBatch([t])[0]).ToArray();

    [Benchmark(Description = "16 questions, one batch")]
    public float[][] OneBatch() => ArcticXsEmbedder.Shared.EmbedBatch(Texts);

    [Benchmark(Description = "16 callers at once (Embed)")]
    public float[][] Concurrent()
    {
        var vectors = new float[Texts.Length][];
        Parallel.For(0, Texts.Length, new ParallelOptions { MaxDegreeOfParallelism = Texts.Length }, i => vectors[i] = ArcticXsEmbedder.Shared.Embed(Texts[i]));
        return vectors;
    }
}
