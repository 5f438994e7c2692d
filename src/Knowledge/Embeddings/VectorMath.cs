namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>Similarity of unit-length vectors.</summary>
internal static class VectorMath
{
    /// <summary>Cosine similarity of two unit-length vectors (their dot product): 1 = same meaning.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
