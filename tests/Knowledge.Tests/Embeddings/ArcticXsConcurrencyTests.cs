using KnowYourRights.Knowledge.Embeddings;

namespace KnowYourRights.Knowledge.Tests.Embeddings;

/// <summary>
/// Questions that reach the model at the same time run side by side on one session: each gets
/// exactly the vector it gets alone (no tokenizer or session state is shared between runs), and
/// texts encoded in one run still get their own vectors.
/// </summary>
public sealed class ArcticXsConcurrencyTests
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
    public void Concurrent_callers_get_exactly_the_vector_each_text_gets_alone()
    {
        var model = ArcticXsEmbedder.Shared;
        var alone = Texts.Select(model.Embed).ToArray();

        // Four callers per text, all at once: more callers than cores, so some wait for a run to end.
        var calls = Enumerable.Range(0, Texts.Length * 4).ToArray();
        var concurrent = new float[calls.Length][];
        Parallel.ForEach(calls, new ParallelOptions { MaxDegreeOfParallelism = calls.Length }, i => concurrent[i] = model.Embed(Texts[i % Texts.Length]));

        foreach (var i in calls)
        {
            Assert.Equal(alone[i % Texts.Length], concurrent[i]);
        }
    }

    [Fact]
    public void Texts_encoded_in_one_run_get_their_own_vectors()
    {
        var model = ArcticXsEmbedder.Shared;
        var alone = Texts.Select(model.Embed).ToArray();

        var together = model.EmbedBatch(Texts);

        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.True(Dot(alone[i], together[i]) > 0.9999, $"'{Texts[i]}' in a batch: {Dot(alone[i], together[i])}");
            for (var j = 0; j < i; j++)
            {
                Assert.True(Dot(together[i], together[j]) < 0.99, $"'{Texts[i]}' and '{Texts[j]}' got the same vector");
            }
        }
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
