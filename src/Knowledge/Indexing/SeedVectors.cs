using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// The sentence vectors of the seed texts (cards' ways of asking and answers, paper passages,
/// out-of-scope phrasings) for the packaged model, shipped in <c>seeds/vectors/MODEL.vec</c> so a
/// first start or a build from an empty data folder encodes only texts changed since the file was
/// made. <c>index vectors</c> writes the file; a test fails when it is stale.
/// </summary>
public static class SeedVectors
{
    /// <summary>The command that rewrites the file from the repository's seeds.</summary>
    // An absolute path: `dotnet run --project` resolves a relative one against the project folder, not the repository root.
    public const string RegenerateCommand = "dotnet run --project src/Bot -- index vectors --seeds \"$PWD/seeds\"";

    /// <summary>The distinct keys of every seed text a version embeds (sources fetched by a refresh are not seeds).</summary>
    public static IReadOnlySet<string> Keys(KnowledgeSeeds seeds) =>
        IndexVectors.Texts(seeds, []).Select(t => VectorFile.Key(t.Text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Writes the file for the embedder's model into the seeds folder: every seed text's vector,
    /// reusing vectors the file already has for unchanged texts, dropping those of texts gone.
    /// Returns how many texts were written and how many of them were newly encoded.
    /// </summary>
    public static (int Written, int Encoded) Write(KnowledgeSeeds seeds, string seedsPath, ITextEmbedder embedder)
    {
        var path = EmbeddingCache.SeedVectorsPath(seedsPath, embedder.ModelId);
        var existing = VectorFile.Read(path, embedder.Dimensions).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var encoded = 0;
        foreach (var (_, _, text) in IndexVectors.Texts(seeds, []))
        {
            var key = VectorFile.Key(text);
            if (vectors.ContainsKey(key))
            {
                continue;
            }
            if (!existing.TryGetValue(key, out var vector))
            {
                vector = embedder.Embed(text);
                encoded++;
            }
            vectors[key] = vector;
        }
        VectorFile.Write(path, vectors);
        return (vectors.Count, encoded);
    }

    /// <summary>Seed texts the file has no vector for, and vectors in the file of no seed text; both empty when it is current.</summary>
    public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Unused) Check(KnowledgeSeeds seeds, string seedsPath, string modelId, int dimensions)
    {
        var inFile = VectorFile.Read(EmbeddingCache.SeedVectorsPath(seedsPath, modelId), dimensions).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        var needed = Keys(seeds);
        return (needed.Where(k => !inFile.Contains(k)).ToList(), inFile.Where(k => !needed.Contains(k)).ToList());
    }
}
