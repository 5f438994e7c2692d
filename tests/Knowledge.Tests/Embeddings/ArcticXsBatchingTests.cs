using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Tests.Embeddings;

/// <summary>
/// Questions that reach the model together are encoded in one run: each still gets its own
/// vector, as near to the one it gets alone as float rounding allows.
/// </summary>
public sealed class ArcticXsBatchingTests
{
    private static readonly string[] Texts =
    [
        "What is an ICE detainer?",
        "Can ICE arrest me at the courthouse?",
        "My brother was arrested for driving without a license and the jail says ICE put a hold on him. Can they keep him after his bail is paid?",
        "287g",
        "Does the DMV share my address with immigration?",
        "¿Qué es un detainer de ICE?",
    ];

    [Fact]
    public void Texts_encoded_together_get_their_own_vectors()
    {
        var model = ArcticXsEmbedder.Shared;
        var alone = Texts.Select(t => model.EmbedBatch([t])[0]).ToArray();

        var together = model.EmbedBatch(Texts);
        var concurrent = new float[Texts.Length][];
        Parallel.For(0, Texts.Length, new ParallelOptions { MaxDegreeOfParallelism = Texts.Length }, i => concurrent[i] = model.Embed(Texts[i]));

        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.True(Dot(alone[i], together[i]) > 0.9999, $"'{Texts[i]}' in a batch: {Dot(alone[i], together[i])}");
            Assert.True(Dot(alone[i], concurrent[i]) > 0.9999, $"'{Texts[i]}' among concurrent callers: {Dot(alone[i], concurrent[i])}");
            for (var j = 0; j < i; j++)
            {
                Assert.True(Dot(together[i], together[j]) < 0.99, $"'{Texts[i]}' and '{Texts[j]}' got the same vector");
            }
        }
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
