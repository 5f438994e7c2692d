namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// Turns a piece of text into a unit-length vector whose dot product with another text's vector
/// says how close their meanings are. Questions and indexed texts use the same embedder, so a
/// question written in words the index never uses can still find its answer.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and its settings; vectors of different models are never compared or reused.</summary>
    string ModelId { get; }

    /// <summary>The length of every vector this embedder returns.</summary>
    int Dimensions { get; }

    /// <summary>The text's vector (unit length). Long texts are cut to what the model can read.</summary>
    float[] Embed(string text);
}
