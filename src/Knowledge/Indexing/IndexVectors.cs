using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>What an indexed vector stands for.</summary>
public enum VectorKind : byte
{
    /// <summary>One of a card's ways of asking (or its canonical question).</summary>
    CardQuestion = 1,

    /// <summary>A card's English answer.</summary>
    CardAnswer = 2,

    /// <summary>A paragraph or list item of the paper, or a passage of a cited source's own text.</summary>
    Passage = 3,

    /// <summary>A way of asking about a subject the sources do not answer (owner: <c>out-of-scope:ID</c>).</summary>
    OutOfScope = 4,
}

/// <summary>One embedded text of an index version: the document it belongs to (card or passage id) and its vector.</summary>
public sealed record IndexVector(string OwnerId, VectorKind Kind, float[] Vector);

/// <summary>
/// The sentence vectors of one index version (<c>vectors.bin</c> in its folder), written by the
/// build beside the Lucene index and read when the version opens, so a question is compared with
/// the same texts the lexical index holds.
/// </summary>
public sealed class IndexVectors
{
    public const string FileName = "vectors.bin";

    /// <summary>Prefixes the owner id of out-of-scope vectors, so they never collide with a card's id.</summary>
    public const string OutOfScopePrefix = "out-of-scope:";

    private const int FormatVersion = 1;

    /// <summary>Far above any sentence model's width (ours: 384); a larger count is damage.</summary>
    private const int MaxDimensions = 8192;

    public IndexVectors(string modelId, int dimensions, IReadOnlyList<IndexVector> items)
    {
        ModelId = modelId;
        Dimensions = dimensions;
        Items = items;
    }

    /// <summary>No vectors: an index built without a model answers on the lexical path alone.</summary>
    public static IndexVectors Empty { get; } = new(string.Empty, 0, []);

    public string ModelId { get; }

    public int Dimensions { get; }

    public IReadOnlyList<IndexVector> Items { get; }

    public bool IsEmpty => Items.Count == 0;

    /// <summary>Embeds every card's ways of asking and English answer, and every paper and source passage.</summary>
    public static IndexVectors Create(KnowledgeSeeds seeds, IReadOnlyList<SourcePassage> sourcePassages, EmbeddingCache cache)
    {
        var items = Texts(seeds, sourcePassages).Select(t => new IndexVector(t.OwnerId, t.Kind, cache.Get(t.Text))).ToList();
        return new IndexVectors(cache.Embedder.ModelId, cache.Embedder.Dimensions, items);
    }

    /// <summary>Every text a version embeds, in the order its vectors are written, with the document it belongs to.</summary>
    public static IEnumerable<(string OwnerId, VectorKind Kind, string Text)> Texts(KnowledgeSeeds seeds, IReadOnlyList<SourcePassage> sourcePassages)
    {
        foreach (var card in seeds.Cards.Cards)
        {
            foreach (var question in card.WaysOfAsking)
            {
                yield return (card.Id, VectorKind.CardQuestion, question);
            }
            yield return (card.Id, VectorKind.CardAnswer, AnswerText(card));
        }
        foreach (var passage in seeds.Paper.Passages)
        {
            yield return (passage.Id, VectorKind.Passage, passage.Text);
        }
        foreach (var passage in sourcePassages)
        {
            yield return (passage.Id, VectorKind.Passage, passage.Text);
        }
        foreach (var topic in seeds.OutOfScope)
        {
            foreach (var question in topic.Questions)
            {
                yield return (OutOfScopePrefix + topic.Id, VectorKind.OutOfScope, question);
            }
        }
    }

    public void Write(string folder)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        using var writer = new BinaryWriter(stream);
        writer.Write(FormatVersion);
        writer.Write(ModelId);
        writer.Write(Dimensions);
        writer.Write(Items.Count);
        foreach (var item in Items)
        {
            writer.Write(item.OwnerId);
            writer.Write((byte)item.Kind);
            foreach (var value in item.Vector)
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>Reads a version's vectors; a version built before vectors existed has none.</summary>
    public static IndexVectors Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != FormatVersion)
        {
            throw new FormatException($"{FileName} has an unknown format version.");
        }
        var modelId = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        // A damaged file must fail here, not allocate what its garbage counts ask for.
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (dimensions is < 0 or > MaxDimensions || count < 0 || (long)count * dimensions * sizeof(float) > left)
        {
            throw new FormatException($"{FileName} is damaged (its counts do not fit its length).");
        }
        var items = new List<IndexVector>(count);
        for (var i = 0; i < count; i++)
        {
            var owner = reader.ReadString();
            var kind = (VectorKind)reader.ReadByte();
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = reader.ReadSingle();
            }
            items.Add(new IndexVector(owner, kind, vector));
        }
        return new IndexVectors(modelId, dimensions, items);
    }

    private static string AnswerText(AnswerCard card) => card.Topic + ". " + KnowYourRights.Knowledge.Text.CitationMarkers.Strip(card.Answer);
}
