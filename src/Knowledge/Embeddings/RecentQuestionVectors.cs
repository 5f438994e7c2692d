using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// The vectors of recently asked questions, so a question asked again (a topic link, a menu
/// button, a popular question) skips the model. Keyed by the SHA-256 of the (already scrubbed)
/// text, never the text; in memory only; emptied when full, so it stays small whatever is asked.
/// </summary>
internal sealed class RecentQuestionVectors(ITextEmbedder embedder, int capacity = RecentQuestionVectors.DefaultCapacity)
{
    public const int DefaultCapacity = 2048;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public ITextEmbedder Embedder => embedder;

    public float[] Embed(string text)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (_vectors.TryGetValue(key, out var vector))
        {
            return vector;
        }
        if (_vectors.Count >= capacity)
        {
            _vectors.Clear();
        }
        return _vectors[key] = embedder.Embed(text);
    }
}
