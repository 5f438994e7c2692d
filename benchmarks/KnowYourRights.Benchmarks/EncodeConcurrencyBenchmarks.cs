using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Benchmarks;

/// <summary>
/// Sixteen questions through the sentence model: one caller encoding them one after another, one
/// run for all sixteen (a batch: every text padded to the longest), and sixteen callers at once
/// through <see cref="ArcticXsEmbedder.Embed"/>, which runs one text per core side by side (what
/// the app does under load). Per operation: all sixteen questions.
/// </summary>
[MemoryDiagnoser]
public class EncodeConcurrencyBenchmarks
{
    private static readonly string[] Texts = Questions.Varied.Take(16).ToArray();

    [GlobalSetup]
    public void Setup() => _ = ArcticXsEmbedder.Shared.Embed(Questions.Fixed);

    [Benchmark(Baseline = true, Description = "16 questions, one caller, one run each")]
    public float[][] OneAtATime() => Texts.Select(ArcticXsEmbedder.Shared.Embed).ToArray();

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
