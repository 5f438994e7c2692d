using System.Collections.Concurrent;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// Remembers the vector of every text already embedded, so an index build re-encodes only texts
/// that changed since the last one (a new card, an edited passage, a refreshed source). Kept in
/// process memory and, when given a data folder, in <c>embeddings/MODEL.vec</c> there. Keys are
/// SHA-256 hashes of the texts, so the file holds no text (<see cref="VectorFile"/>). The vectors
/// shipped with the seeds (<c>seeds/vectors/MODEL.vec</c>) are read too, so a first build encodes
/// only texts changed since that file was made.
/// </summary>
public sealed class EmbeddingCache
{
    /// <summary>The folder of the seeds that holds the shipped vectors.</summary>
    public const string SeedVectorsFolder = "vectors";

    // Per model: vectors shared by every build and cache in this process (tests build many indexes).
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, float[]>> Memory = new(StringComparer.Ordinal);

    private readonly ITextEmbedder _embedder;
    private readonly ConcurrentDictionary<string, float[]> _vectors;
    private readonly string? _file;
    private readonly Lock _fileGate = new();

    public EmbeddingCache(ITextEmbedder embedder, string? dataPath, string? seedsPath = null)
    {
        _embedder = embedder;
        _vectors = Memory.GetOrAdd(embedder.ModelId, _ => new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal));
        if (seedsPath is not null)
        {
            Load(SeedVectorsPath(seedsPath, embedder.ModelId));
        }
        if (dataPath is not null)
        {
            _file = Path.Combine(dataPath, "embeddings", VectorFile.FileName(embedder.ModelId));
            Load(_file);
        }
    }

    /// <summary>Where the seeds keep the vectors of their texts for a model.</summary>
    public static string SeedVectorsPath(string seedsPath, string modelId) =>
        Path.Combine(seedsPath, SeedVectorsFolder, VectorFile.FileName(modelId));

    public ITextEmbedder Embedder => _embedder;

    /// <summary>The text's vector, from the cache or newly encoded (and then saved).</summary>
    public float[] Get(string text)
    {
        var key = VectorFile.Key(text);
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

    private void Load(string path)
    {
        foreach (var (key, vector) in VectorFile.Read(path, _embedder.Dimensions))
        {
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
                VectorFile.WriteRecord(stream, key, vector);
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
