using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// Remembers the vector of every text already embedded, so an index build re-encodes only texts
/// that changed since the last one (a new card, an edited passage, a refreshed source). Kept in
/// process memory and, when given a data folder, in <c>embeddings/MODEL.vec</c> there. Keys are
/// SHA-256 hashes of the texts, so the file holds no text.
/// </summary>
public sealed class EmbeddingCache
{
    private const int HashBytes = 32;

    // Per model: vectors shared by every build and cache in this process (tests build many indexes).
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, float[]>> Memory = new(StringComparer.Ordinal);

    private readonly ITextEmbedder _embedder;
    private readonly ConcurrentDictionary<string, float[]> _vectors;
    private readonly string? _file;
    private readonly Lock _fileGate = new();

    public EmbeddingCache(ITextEmbedder embedder, string? dataPath)
    {
        _embedder = embedder;
        _vectors = Memory.GetOrAdd(embedder.ModelId, _ => new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal));
        if (dataPath is not null)
        {
            _file = Path.Combine(dataPath, "embeddings", FileName(embedder.ModelId));
            Load();
        }
    }

    public ITextEmbedder Embedder => _embedder;

    /// <summary>The text's vector, from the cache or newly encoded (and then saved).</summary>
    public float[] Get(string text)
    {
        var key = Key(text);
        if (_vectors.TryGetValue(key, out var vector))
        {
            return vector;
        }
        vector = _embedder.Embed(text);
        if (_vectors.TryAdd(key, vector))
        {
            Append(key, vector);
        }
        return vector;
    }

    private static string FileName(string modelId) =>
        string.Concat(modelId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".vec";

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads the file's records; a record cut short by a crash ends the reading, the rest is kept.</summary>
    private void Load()
    {
        if (_file is null || !File.Exists(_file))
        {
            return;
        }
        var record = HashBytes + (_embedder.Dimensions * sizeof(float));
        var bytes = File.ReadAllBytes(_file);
        for (var offset = 0; offset + record <= bytes.Length; offset += record)
        {
            var key = Convert.ToHexString(bytes, offset, HashBytes);
            var vector = new float[_embedder.Dimensions];
            Buffer.BlockCopy(bytes, offset + HashBytes, vector, 0, vector.Length * sizeof(float));
            _vectors.TryAdd(key, vector);
        }
    }

    private void Append(string key, float[] vector)
    {
        if (_file is null)
        {
            return;
        }
        try
        {
            lock (_fileGate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
                using var stream = new FileStream(_file, FileMode.Append, FileAccess.Write, FileShare.Read);
                stream.Write(Convert.FromHexString(key));
                stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
            }
        }
        catch (IOException)
        {
            // The file only saves work: a build that cannot write it still has the vector.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
